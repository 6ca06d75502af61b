#if canImport(Glibc)
  import Glibc
#endif

/// A connection to a Varlink service's Unix socket with plain blocking system calls: no event
/// loop, no Foundation, so that a one-shot command starts fast. It moves messages (JSON objects
/// ended by a NUL) as bytes; what they mean is the caller's.
///
/// Use one socket from one thread at a time. It closes its descriptor when it goes away.
public final class VarlinkSocket {
  /// The longest message received, in bytes, its NUL included.
  public static let messageLimit = 16 << 20
  private let descriptor: Int32
  private var splitter = VarlinkFrameSplitter(limit: messageLimit)

  /// Connects to `address`; throws `unreachable` when no one listens there.
  public init(connectingTo address: ControlAddress) throws(VarlinkSocketError) {
    // Assigned last: an init that throws before its object is whole does not run `deinit`, so
    // the socket of a failed connect is closed once, by `connect(to:)`, and no other.
    descriptor = try Self.connect(to: address)
  }

  /// A socket connected to `address`; closes it again when the connect fails.
  private static func connect(to address: ControlAddress) throws(VarlinkSocketError) -> Int32 {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { throw .unreachable(errno: errno) }
    var socketAddress = sockaddr_un()
    socketAddress.sun_family = sa_family_t(AF_UNIX)
    let path = Array(address.path.utf8)
    guard path.count < MemoryLayout.size(ofValue: socketAddress.sun_path) else {
      close(descriptor)
      throw .unreachable(errno: ENAMETOOLONG)
    }
    withUnsafeMutableBytes(of: &socketAddress.sun_path) { $0.copyBytes(from: path) }
    let connected = withUnsafePointer(to: &socketAddress) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard connected == 0 else {
      let error = errno
      close(descriptor)
      throw .unreachable(errno: error)
    }
    return descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Sends `bytes` whole. A peer that has closed is not an error here: it may have answered (a
  /// refusal) first, and that answer is read next.
  public func send(_ bytes: [UInt8]) throws(VarlinkSocketError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE || errno == ECONNRESET { return }
        throw .disconnected
      }
      offset += written
    }
  }

  /// The next message as it came, without its NUL, waiting until `deadline` (nil: for as long as
  /// it takes); throws `disconnected` when the connection ends first.
  public func receive(deadline: ContinuousClock.Instant?) throws(VarlinkSocketError) -> [UInt8] {
    while true {
      do {
        if let message = try splitter.nextMessage() { return Array(message) }
      } catch {
        throw .messageTooLarge
      }
      try fill(deadline: deadline)
    }
  }

  private func fill(deadline: ContinuousClock.Instant?) throws(VarlinkSocketError) {
    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    while true {
      let wait = deadline.map { deadline -> Int32 in
        let left = ContinuousClock.now.duration(to: deadline)
        // Whole milliseconds, rounded up, so that a wait never ends before the deadline.
        let (seconds, attoseconds) = left.components
        return left <= .zero ? 0 : Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
      }
      let ready = poll(&poller, 1, wait ?? -1)
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0 else { throw .timedOut }
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw .disconnected }
      splitter.append(buffer[..<count])
      return
    }
  }
}
