#if canImport(Glibc)
  import Glibc
#endif

/// The one reader of the clock in repayd: everything else takes "now" as a parameter.
public struct SystemClock: Sendable {
  /// The system's clocks.
  public init() {}

  /// The wall clock (CLOCK_REALTIME), microseconds since 1970: what reminders are planned on.
  public func now() -> Int64 { Self.read(CLOCK_REALTIME) }

  /// The monotonic clock (CLOCK_MONOTONIC), microseconds since boot: what systemd's
  /// `MONOTONIC_USEC` is read on.
  public func monotonic() -> Int64 { Self.read(CLOCK_MONOTONIC) }

  private static func read(_ clock: clockid_t) -> Int64 {
    var time = timespec()
    // clock_gettime cannot fail for these clocks with a valid pointer.
    clock_gettime(clock, &time)
    return Int64(time.tv_sec) * 1_000_000 + Int64(time.tv_nsec) / 1_000
  }
}
