#if canImport(Glibc)
  import Glibc
#endif

/// Tells the daemon that the realtime clock was set (`settimeofday`, `clock_settime`, an NTP
/// step, a discontinuous jump on resume), so that it re-plans: a CLOCK_REALTIME timerfd armed
/// with `TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET` at a deadline that never comes,
/// nonblocking and close-on-exec.
///
/// The daemon watches `fileDescriptor` with a Dispatch read source and calls `consumeChange()`
/// when it becomes readable; it calls `close()` in the source's cancel handler, after which the
/// watch must not be used (the descriptor's number may already belong to another file).
///
/// When the clock is set, the kernel makes the next `read` fail with `ECANCELED`. No test can
/// cause that without setting the system clock, which the tests never do (the machines are
/// shared), so the tests of this type cover the quiet path, the flags and the arming; the
/// daemon's tests reach its re-plan path through a test-only trigger of their own.
public struct ClockChangeWatch: Sendable {
  /// The timerfd, readable when the clock was set.
  public let fileDescriptor: Int32

  /// A new watch, armed; throws when the timerfd cannot be created (`EMFILE`) or armed.
  public init() throws(SystemdCallError) {
    let descriptor = try LibSystemd.realtimeTimerCreate()
    do {
      try LibSystemd.armCancelOnSet(descriptor)
    } catch {
      LibSystemd.closeDescriptor(descriptor)
      throw error
    }
    fileDescriptor = descriptor
  }

  /// Whether the clock was set since the last call: reads the timerfd, and after a change arms
  /// it again before returning, so that a change after the caller's next reading of the clock is
  /// reported by the next call (one before it is in that reading). False when nothing happened
  /// (`EAGAIN`, also after a spurious wake-up). Throws any other failure of the read, or of the
  /// re-arming.
  public func consumeChange() throws(SystemdCallError) -> Bool {
    do {
      // A successful read would mean the deadline passed, which the latest time_t never does.
      _ = try LibSystemd.timerRead(fileDescriptor)
      return false
    } catch {
      switch error.errorNumber {
      case EAGAIN:
        return false
      case ECANCELED:
        // Linux keeps a cancelled timer watching, but timerfd_create(2) does not promise that;
        // arming again relies only on what it does promise (systemd makes a new timerfd here).
        try LibSystemd.armCancelOnSet(fileDescriptor)
        return true
      default:
        throw error
      }
    }
  }

  /// Closes the timerfd. Call it once, after the read source watching it was cancelled.
  public func close() {
    LibSystemd.closeDescriptor(fileDescriptor)
  }
}
