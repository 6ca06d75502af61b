import CSystemd
import Systemd
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the C target adds to Swift's Glibc module works: the timerfd flag the driver needs to
/// notice a clock change.
struct CSystemdHeaderTests {
  @Test("a CLOCK_REALTIME timerfd with TFD_TIMER_CANCEL_ON_SET can be armed")
  func timerfdCancelOnSet() throws {
    let descriptor = timerfd_create(CLOCK_REALTIME, Int32(TFD_CLOEXEC))
    try #require(descriptor >= 0, "timerfd_create: errno \(errno)")
    defer { close(descriptor) }
    // An absolute deadline far ahead: the kernel accepts CANCEL_ON_SET only with ABSTIME.
    var setting = itimerspec(it_interval: timespec(), it_value: timespec(tv_sec: Int.max / 2, tv_nsec: 0))
    let flags = Int32(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET)
    #expect(timerfd_settime(descriptor, flags, &setting, nil) == 0, "timerfd_settime: errno \(errno)")
  }
}
