import RepayCore

/// Somewhere delivered notices go: the journal, standard error, later the desktop and hooks. A
/// sink is called from the delivery queue only, never from the timer's path, with the notices
/// that came due together (one, or a whole catch-up), in order.
public protocol NoticeSink: Sendable {
  /// The name the state database records for deliveries through this sink (`journal`).
  var name: String { get }

  /// Delivers `notices`, each or folded as the sink's rule says; an error means that they did
  /// not all arrive, and none counts as delivered through this sink.
  func deliver(_ notices: [Notice]) throws
}
