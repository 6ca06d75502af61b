import RepayCore

/// Somewhere delivered notices go: the journal, standard error, the desktop, hooks. A sink is
/// called from the delivery queue only, never from the timer's path, with the notices that came
/// due together (one, or a whole catch-up), in order.
public protocol NoticeSink: Sendable {
  /// The name the state database records for deliveries through this sink (`journal`).
  var name: String { get }

  /// Delivers `notices`, each or folded as the sink's rule says; an error means that they did
  /// not all arrive, and none counts as delivered through this sink.
  func deliver(_ notices: [Notice]) throws

  /// Whether the sink has anything to do with `notices`: a sink that says no is not called, and
  /// is not recorded as having taken them. By default, yes.
  func wants(_ notices: [Notice]) -> Bool

  /// Takes what the sink uses of `configuration` (a reload put it in force) and writes in
  /// `writer`'s language, for the deliveries that follow. By default, nothing: a sink without
  /// settings.
  func reconfigure(for configuration: Configuration, writer: NoticeWriter)
}

extension NoticeSink {
  /// Yes: a sink without a choice takes every notice.
  public func wants(_ notices: [Notice]) -> Bool { true }

  /// Nothing: a sink without settings.
  public func reconfigure(for configuration: Configuration, writer: NoticeWriter) {}
}
