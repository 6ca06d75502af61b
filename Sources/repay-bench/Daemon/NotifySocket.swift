#if canImport(Glibc)
  import Glibc
#endif

/// A datagram socket bound at a path, the benchmark's stand-in for systemd's notify socket: a
/// child started with `NOTIFY_SOCKET` set to `path` sends its `READY=1` and `STATUS=` here.
final class NotifySocket {
  /// Where the socket is bound; pass it as `NOTIFY_SOCKET`.
  let path: String
  private let descriptor: Int32

  /// A socket bound at `path` (an old file there is removed first).
  init(path: String) throws {
    self.path = path
    unlink(path)
    descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { throw ValidationFailure("socket(AF_UNIX, SOCK_DGRAM): errno \(errno)") }
    var address = Self.address(path)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard bound == 0 else { throw ValidationFailure("bind \(path): errno \(errno)") }
  }

  deinit {
    close(descriptor)
    unlink(path)
  }

  /// Waits for a datagram holding the line `READY=1`, at most `timeoutMilliseconds`: the
  /// monotonic nanoseconds at which it arrived and the last `STATUS=` text seen up to then, or
  /// nil on a timeout. Earlier datagrams (`STATUS=`) are read and passed over.
  func awaitReady(timeoutMilliseconds: Int) -> (arrived: UInt64, status: String?)? {
    let deadline = ProcessProbe.monotonicNanoseconds() + UInt64(timeoutMilliseconds) * 1_000_000
    var status: String?
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while true {
      let now = ProcessProbe.monotonicNanoseconds()
      guard now < deadline else { return nil }
      var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      let ready = poll(&waiting, 1, Int32((deadline - now) / 1_000_000) + 1)
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0 else { continue }
      let length = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      // The arrival is read before the text is looked at, so that parsing is not counted.
      let arrived = ProcessProbe.monotonicNanoseconds()
      guard length > 0 else { continue }
      let lines = String(decoding: buffer[..<length], as: UTF8.self).split(separator: "\n")
      for line in lines where line.hasPrefix("STATUS=") { status = String(line.dropFirst(7)) }
      if lines.contains("READY=1") { return (arrived, status) }
    }
  }

  /// Sends `message` as one datagram to the socket at `path`, as sd_notify does: how the
  /// benchmark's own child (the ticking wheel) says it is ready.
  static func send(_ message: String, to path: String) {
    let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    var address = address(path)
    let bytes = Array(message.utf8)
    _ = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        sendto(descriptor, bytes, bytes.count, 0, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
  }

  /// The address of the Unix socket at `path`; traps on a path too long for one.
  static func address(_ path: String) -> sockaddr_un {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    precondition(bytes.count < MemoryLayout.size(ofValue: address.sun_path), "socket path too long: \(path)")
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (offset, byte) in bytes.enumerated() { raw[offset] = byte }
    }
    return address
  }
}
