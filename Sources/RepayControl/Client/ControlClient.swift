import ControlInterface
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A connection to the daemon's control socket, for `repayctl` and tests: plain blocking system
/// calls, no event loop, so that a one-shot command starts fast.
///
/// Calls on one connection are answered in order; use one client from one task at a time. Each
/// wait for a reply is bounded by `timeout`, except the waits after a stream's first reply (a
/// `Watch` may be quiet for days).
public final class ControlClient {
  /// Where it is connected.
  public let address: ControlAddress
  /// How long a reply may take.
  public let timeout: Duration
  private let descriptor: Int32
  private var splitter = VarlinkFrameSplitter(limit: 16 << 20)

  /// Connects to `address`; throws `unreachable` when no daemon listens there.
  public init(address: ControlAddress, timeout: Duration = .seconds(30)) throws(ControlClientError) {
    self.address = address
    self.timeout = timeout
    // Assigned last: an init that throws before its object is whole does not run `deinit`, so
    // the socket of a failed connect is closed once, by `connect(to:)`, and no other.
    descriptor = try Self.connect(to: address)
  }

  /// A socket connected to `address`; closes it again when the connect fails.
  private static func connect(to address: ControlAddress) throws(ControlClientError) -> Int32 {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { throw .unreachable(address, errno: errno) }
    var socketAddress = sockaddr_un()
    socketAddress.sun_family = sa_family_t(AF_UNIX)
    let path = Array(address.path.utf8)
    guard path.count < MemoryLayout.size(ofValue: socketAddress.sun_path) else {
      close(descriptor)
      throw .unreachable(address, errno: ENAMETOOLONG)
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
      throw .unreachable(address, errno: error)
    }
    return descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Calls `request`'s method and returns its reply.
  public func call<Method: VarlinkMethodCall>(_ request: Method) throws(ControlClientError) -> Method.Reply {
    try send(VarlinkCall(method: Method.method, parameters: request))
    return try nextReply(Method.Reply.self, deadline: .now + timeout).reply
  }

  /// Calls `request`'s method and returns its reply, with its parameters as the daemon wrote
  /// them (JSON text, `{}` when the reply had none), for `repayctl --json`.
  public func callKeepingText<Method: VarlinkMethodCall>(_ request: Method) throws(ControlClientError)
    -> (reply: Method.Reply, parameters: String)
  {
    try send(VarlinkCall(method: Method.method, parameters: request))
    let next = try nextReply(Method.Reply.self, deadline: .now + timeout)
    return (next.reply, next.parameters)
  }

  /// Calls `request`'s method with `oneway`: the daemon does it and sends no reply.
  public func callOneway<Method: VarlinkMethodCall>(_ request: Method) throws(ControlClientError) {
    try send(VarlinkCall(method: Method.method, parameters: request, oneway: true))
  }

  /// Calls `request`'s method with `more` and returns its replies as they come, ending after the
  /// one that does not continue.
  ///
  /// The sequence reads with blocking system calls: it holds its thread while it waits, which
  /// suits a command that does nothing else.
  public func stream<Method: VarlinkMethodCall>(_ request: Method) throws(ControlClientError)
    -> ControlReplies<
      Method.Reply
    >
  {
    try send(VarlinkCall(method: Method.method, parameters: request, more: true))
    return ControlReplies(client: self)
  }

  /// Sends raw bytes, for tests of what the daemon does with malformed input.
  public func sendRaw(_ bytes: [UInt8]) throws(ControlClientError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      if written < 0 {
        if errno == EINTR { continue }
        // The daemon may have answered (a refusal) and closed: the reply is read next.
        if errno == EPIPE || errno == ECONNRESET { return }
        throw .disconnected(address)
      }
      offset += written
    }
  }

  /// The next message as it came, without its NUL; throws `disconnected` when the connection
  /// ended first.
  public func receiveRaw(deadline: ContinuousClock.Instant?) throws(ControlClientError) -> [UInt8] {
    while true {
      do {
        if let message = try splitter.nextMessage() { return Array(message) }
      } catch {
        throw .invalidReply(address)
      }
      try fill(deadline: deadline)
    }
  }

  private func send<Parameters: Encodable>(_ call: VarlinkCall<Parameters>) throws(ControlClientError) {
    guard let bytes = try? VarlinkJSON.message(call) else { throw .invalidReply(address) }
    try sendRaw(bytes)
  }

  /// The next reply, decoded; an error reply is thrown.
  func nextReply<Reply: Decodable>(
    _ type: Reply.Type, deadline: ContinuousClock.Instant?
  ) throws(ControlClientError) -> (reply: Reply, continues: Bool, parameters: String) {
    let message = try receiveRaw(deadline: deadline)
    guard let header = try? VarlinkJSON.decode(ReplyHeader.self, from: message) else {
      throw .invalidReply(address)
    }
    if let name = header.error {
      let text = String(decoding: message, as: UTF8.self)
      if let error = try? VarlinkJSON.decode(VarlinkErrorReply<ControlError>.self, from: message) {
        throw .control(error.error, reply: text)
      }
      if let error = try? VarlinkJSON.decode(VarlinkErrorReply<VarlinkServiceError>.self, from: message) {
        throw .service(error.error, reply: text)
      }
      throw .unknown(name: name, reply: text)
    }
    guard let reply = try? VarlinkJSON.decode(VarlinkCallParameters<Reply>.self, from: message) else {
      throw .invalidReply(address)
    }
    let parameters = VarlinkJSONMember.value(of: "parameters", in: message).map {
      String(decoding: $0, as: UTF8.self)
    }
    return (reply.parameters, header.continues ?? false, parameters ?? "{}")
  }

  private func fill(deadline: ContinuousClock.Instant?) throws(ControlClientError) {
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
      guard ready > 0 else { throw .timedOut(address) }
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw .disconnected(address) }
      splitter.append(buffer[..<count])
      return
    }
  }
}

/// What a client reads of a reply before it knows whether it is an error.
private struct ReplyHeader: Decodable {
  var error: String?
  var continues: Bool?
}
