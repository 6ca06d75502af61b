import ControlInterface
import RepayControl
import Synchronization

/// The `GetStatus` reply the state owner last gave, for the control socket's event loop to give
/// again without asking it (`DaemonControl.currentStatus()`): posted by the state owner with the
/// span of instants over which nothing but the uptime can change, taken down by it before
/// anything that may change what the reply says (`DaemonEvent.mayChangeStatus`, and a control
/// call that changed something, before its reply), read from any thread.
final class StatusBoard: Sendable {
  private struct Posted {
    var reply: Control.GetStatusReply
    var startedAt: Int64
    var holds: Range<Int64>
  }

  private let posted = Mutex<Posted?>(nil)

  /// An empty board.
  init() {}

  /// Posts `reply`, computed by the state owner at `holds.lowerBound`, for as long as the clock
  /// (microseconds since 1970) is in `holds`; `startedAt` is the daemon's start, the instant its
  /// uptime counts from.
  func post(_ reply: Control.GetStatusReply, startedAt: Int64, holds: Range<Int64>) {
    posted.withLock { $0 = Posted(reply: reply, startedAt: startedAt, holds: holds) }
  }

  /// Takes the reply down, so that the next `GetStatus` goes to the state owner.
  func takeDown() {
    posted.withLock { $0 = nil }
  }

  /// The reply at `now` (microseconds since 1970), its uptime counted as `getStatus` counts it;
  /// nil when none is posted or `now` is outside its span (a new day, a notice due, or the clock
  /// set back).
  func reply(at now: Int64) -> Control.GetStatusReply? {
    posted.withLock { posted in
      guard let posted, posted.holds.contains(now) else { return nil }
      var reply = posted.reply
      reply.uptimeSeconds = ControlDesk.uptimeSeconds(since: posted.startedAt, at: now)
      return reply
    }
  }
}
