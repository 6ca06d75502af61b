import RepayCore

/// Somewhere delivered notices go: the journal, standard error, the desktop, hooks. A sink is
/// called from the delivery queue only, never from the timer's path, with the notices that came
/// due together (one, or a whole catch-up), in order, or with their one summary when its `fold`
/// says so: the queue decides that per batch, never the sink.
public protocol NoticeSink: Sendable {
  /// The name the state database records for deliveries through this sink (`journal`).
  var name: String { get }

  /// When the sink is given a batch's summary instead of its notices.
  var fold: CatchUpFold { get }

  /// Delivers `notices` (a batch, or its summary alone); an error means that they did not all
  /// arrive, and none counts as delivered through this sink.
  func deliver(_ notices: [Notice]) throws

  /// Whether the sink has anything to do with `notices`, what `deliver` would be given: a sink
  /// that says no is not called, and is not recorded as having taken them. By default, yes.
  func wants(_ notices: [Notice]) -> Bool

  /// Takes what the sink uses of `configuration` (a reload put it in force) and speaks
  /// `language`, the language in force, for the deliveries that follow. By default, nothing: a
  /// sink without settings.
  func reconfigure(for configuration: Configuration, language: Language)
}

extension NoticeSink {
  /// Yes: a sink without a choice takes every notice.
  public func wants(_ notices: [Notice]) -> Bool { true }

  /// Nothing: a sink without settings.
  public func reconfigure(for configuration: Configuration, language: Language) {}
}
