import ControlInterface

/// What the server does with one call: write a reply (and perhaps close the connection after
/// it), stream the replies of a `Watch`, or nothing (a `oneway` call).
enum CallOutcome {
  /// One message, then either the next call or the end of the connection.
  case reply([UInt8], thenClose: Bool)
  /// Each event as a reply that continues, for as long as the call lasts.
  case stream(AsyncStream<Control.WatchEvent>)
  /// No reply.
  case none
}
