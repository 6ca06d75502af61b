/// One reading of the system's clocks, taken by the runner as an event arrives and handed to
/// `DaemonCore` with it: the core never reads a clock.
struct ClockReading: Sendable, Equatable {
  /// The wall clock (CLOCK_REALTIME), microseconds since 1970: what reminders are planned on.
  var now: Int64
  /// The monotonic clock (CLOCK_MONOTONIC), microseconds since boot: what systemd's
  /// `MONOTONIC_USEC` is read on.
  var monotonic: Int64
}

extension SystemClock {
  /// Both clocks, read now.
  func reading() -> ClockReading { ClockReading(now: now(), monotonic: monotonic()) }
}
