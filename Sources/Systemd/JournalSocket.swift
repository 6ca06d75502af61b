#if canImport(Glibc)
  import Glibc
#endif

/// Whether a journald is there to receive entries, so that the daemon can log to standard error
/// instead when it is not (a container, a test machine without systemd).
public enum JournalSocket {
  /// journald's socket for its native protocol, where `sd_journal_sendv` sends.
  public static let defaultPath = "/run/systemd/journal/socket"

  /// True when a datagram socket at `path` accepts a connection, that is when a journald is
  /// listening there now.
  ///
  /// Connecting, not just looking for the file: when journald stops, the socket file stays behind
  /// and sending to it fails with `ECONNREFUSED`.
  public static func isAvailable(at path: String = defaultPath) -> Bool {
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard path.utf8.count < capacity else { return false }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      raw.copyBytes(from: path.utf8)
      raw[path.utf8.count] = 0
    }
    let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    return connected == 0
  }
}
