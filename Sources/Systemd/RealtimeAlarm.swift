#if canImport(Glibc)
  import Glibc
#endif

/// A CLOCK_REALTIME timerfd armed at absolute instants and waited on with `poll` and `read`: the
/// plainest way Linux offers to wake at a wall-clock instant, and so the floor that the daemon's
/// one Dispatch timer is measured against (`repay-bench lateness`).
public struct RealtimeAlarm: Sendable {
  private let descriptor: Int32

  /// A new alarm, unarmed; throws when the timerfd cannot be created.
  public init() throws(SystemdCallError) {
    descriptor = try LibSystemd.realtimeTimerCreate()
  }

  /// Arms the alarm for `microseconds` since 1970 (wall clock), replacing any earlier instant.
  public func arm(atMicroseconds microseconds: Int64) throws(SystemdCallError) {
    try LibSystemd.armAbsolute(descriptor, atMicroseconds: microseconds)
  }

  /// Blocks until the armed instant has passed, and consumes the expiration.
  public func wait() throws(SystemdCallError) {
    while true {
      try LibSystemd.waitReadable(descriptor)
      do {
        _ = try LibSystemd.timerRead(descriptor)
        return
      } catch  where error.errorNumber == EAGAIN {
        // Readable but already read (a spurious wake-up): wait again.
        continue
      }
    }
  }

  /// Closes the timerfd; call once, after the last `wait`.
  public func close() {
    LibSystemd.closeDescriptor(descriptor)
  }
}
