import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// The notices' timer: a single `DispatchSourceTimer` armed with a wall-clock deadline
/// (`wallDeadline`, CLOCK_REALTIME) at the earliest notice ahead, re-armed when that changes,
/// and never periodic, so that the process sleeps while nothing is due (a second one, armed
/// after each control call, gives freed memory back once the calls stop). Because the deadline is
/// on the wall clock, what came due while the machine slept or the process was stopped fires at
/// once when it runs again.
public final class WallClockTimer: @unchecked Sendable {
  // Dispatch sources may be scheduled and cancelled from any thread; nothing else is stored.
  private let source: DispatchSourceTimer
  /// No leeway: the daemon wakes a few times a day, so coalescing its wake-ups with others saves
  /// nothing, and any leeway would be lateness.
  private static let leeway = DispatchTimeInterval.nanoseconds(0)

  /// A timer that calls `fired` on its own queue each time an armed deadline passes.
  public init(fired: @escaping @Sendable () -> Void) {
    source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "repayd.timer"))
    source.setEventHandler(handler: fired)
    source.schedule(wallDeadline: .distantFuture, leeway: Self.leeway)
    source.activate()
  }

  /// Arms the timer for `microseconds` since 1970 (wall clock), replacing any earlier deadline;
  /// nil disarms it.
  public func arm(at microseconds: Int64?) {
    guard let microseconds else {
      source.schedule(wallDeadline: .distantFuture, leeway: Self.leeway)
      return
    }
    let deadline = timespec(
      tv_sec: Int(microseconds / 1_000_000), tv_nsec: Int(microseconds % 1_000_000) * 1_000)
    source.schedule(wallDeadline: DispatchWallTime(timespec: deadline), leeway: Self.leeway)
  }

  /// Stops the timer for good.
  public func cancel() { source.cancel() }
}
