import CSystemd
import Systemd
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the C target adds to Swift's Glibc module works: the timerfd flag the driver needs to
/// notice a clock change, and the peer credentials the control socket checks.
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

  @Test("the peer of a socket pair is this process, with its uid and gid")
  func peerCredentials() throws {
    var pair: [Int32] = [-1, -1]
    try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
    defer { for descriptor in pair { close(descriptor) } }
    let peer = try PeerCredentials(ofSocket: pair[0])
    #expect(peer.processID == getpid())
    #expect(peer.userID == getuid())
    #expect(peer.groupID == getgid())
  }

  @Test("peer credentials of something that is not a socket name the call and the errno")
  func peerCredentialsOfAFile() throws {
    let descriptor = open("/dev/null", O_RDONLY)
    defer { close(descriptor) }
    #expect(throws: SystemdCallError(call: "getsockopt(SO_PEERCRED)", errorNumber: ENOTSOCK)) {
      try PeerCredentials(ofSocket: descriptor)
    }
    #expect(
      SystemdCallError(call: "getsockopt(SO_PEERCRED)", errorNumber: ENOTSOCK).description
        == "getsockopt(SO_PEERCRED): Socket operation on non-socket (errno 88)")
  }
}
