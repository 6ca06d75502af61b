#if canImport(Glibc)
  import Glibc
#endif

/// A `sockaddr_un` for a path, for the fixtures and tests that bind or connect Unix sockets
/// themselves (the test support does not use the code under test for its own plumbing).
public enum UnixSocketAddress {
  /// Calls `body` with the address of `path` and its length; nil when `path` does not fit.
  public static func with<Result>(
    _ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
  ) -> Result? {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    guard path.utf8.count < MemoryLayout.size(ofValue: address.sun_path) else { return nil }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: path.utf8)
      raw[path.utf8.count] = 0
    }
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
  }

  /// True when a datagram socket at `path` accepts a connection: something listens there now.
  public static func acceptsDatagrams(at path: String) -> Bool {
    let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return with(path) { connect(descriptor, $0, $1) } == 0
  }
}
