import Dispatch

/// A timer that calls back every `interval` on the monotonic clock, on its own serial queue:
/// systemd's watchdog ping. A Dispatch source rather than a loop around `Task.sleep`, because
/// a sleeping task is woken from libdispatch's global queues, whose first worker thread starts
/// a once-a-second monitor for the rest of the process (see `DaemonExecutor`).
final class RepeatingTimer: @unchecked Sendable {
  // Dispatch sources may be cancelled from any thread; nothing else is stored.
  private let source: DispatchSourceTimer

  /// Starts calling `fired` every `interval`, the first time one `interval` from now.
  init(every interval: Duration, fired: @escaping @Sendable () -> Void) {
    let (seconds, attoseconds) = interval.components
    let nanoseconds = DispatchTimeInterval.nanoseconds(
      Int(seconds * 1_000_000_000 + attoseconds / 1_000_000_000))
    source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "repayd.repeating"))
    source.setEventHandler(handler: fired)
    source.schedule(deadline: .now() + nanoseconds, repeating: nanoseconds)
    source.activate()
  }

  /// Stops the timer for good.
  func cancel() { source.cancel() }
}
