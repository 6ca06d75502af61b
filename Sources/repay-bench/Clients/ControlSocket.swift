#if canImport(Glibc)
  import Glibc
#endif

/// Raw connections to a Unix socket for `repay-bench clients`: no client library between the
/// benchmark and the bytes, so that what is timed is the daemon and the kernel.
enum ControlSocket {
  /// A blocking stream socket connected to `path`.
  static func connect(to path: String) throws -> Int32 {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { throw ValidationFailure("socket: errno \(errno)") }
    var address = NotifySocket.address(path)
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard connected == 0 else {
      let error = errno
      close(descriptor)
      throw ValidationFailure("cannot connect to \(path): errno \(error)")
    }
    return descriptor
  }

  /// Writes all of `bytes`; a call is far smaller than a socket buffer, so a write that cannot
  /// complete at once means the daemon stopped reading.
  static func send(_ bytes: [UInt8], on descriptor: Int32) throws {
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count else { throw ValidationFailure("a write to repayd was cut short") }
  }
}
