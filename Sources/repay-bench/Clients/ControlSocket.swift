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

  /// Waits up to 30 s until a connection to `path` is taken (the daemon listens); throws naming
  /// `log`, where the daemon's output is, when none is.
  static func waitUntilListening(_ path: String, log: String) throws {
    let deadline = ProcessProbe.monotonicNanoseconds() + 30_000_000_000
    while (try? connect(to: path)).map({ close($0) }) == nil {
      guard ProcessProbe.monotonicNanoseconds() < deadline else {
        throw ValidationFailure("repayd did not listen within 30 s; see \(log)")
      }
      usleep(10_000)
    }
  }

  /// Connects to `path`, sends `message` (with its NUL) and returns the first reply, its NUL
  /// included.
  static func call(_ message: [UInt8], at path: String) throws -> [UInt8] {
    let descriptor = try connect(to: path)
    defer { close(descriptor) }
    try send(message, on: descriptor)
    var reply: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while reply.last != 0 {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { throw ValidationFailure("\(path) closed the connection before its reply") }
      reply += buffer[..<count]
    }
    return reply
  }
}
