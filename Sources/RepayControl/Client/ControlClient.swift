import ControlInterface
import Foundation

/// A connection to the daemon's control socket, for `repayctl` and tests: typed calls over a
/// `VarlinkSocket`'s plain blocking system calls, no event loop, so that a one-shot command
/// starts fast.
///
/// Calls on one connection are answered in order; use one client from one task at a time. Each
/// wait for a reply is bounded by `timeout`, except the waits after a stream's first reply (a
/// `Watch` may be quiet for days).
public final class ControlClient {
  /// Where it is connected.
  public let address: ControlAddress
  /// How long a reply may take.
  public let timeout: Duration
  private let socket: VarlinkSocket

  /// Connects to `address`; throws `unreachable` when no daemon listens there.
  public init(address: ControlAddress, timeout: Duration = .seconds(30)) throws(ControlClientError) {
    self.address = address
    self.timeout = timeout
    do {
      socket = try VarlinkSocket(connectingTo: address)
    } catch {
      throw Self.clientError(error, address)
    }
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
    do {
      try socket.send(bytes)
    } catch {
      throw Self.clientError(error, address)
    }
  }

  /// The next message as it came, without its NUL; throws `disconnected` when the connection
  /// ended first.
  public func receiveRaw(deadline: ContinuousClock.Instant?) throws(ControlClientError) -> [UInt8] {
    do {
      return try socket.receive(deadline: deadline)
    } catch {
      throw Self.clientError(error, address)
    }
  }

  /// The client's form of the socket's `error`.
  private static func clientError(_ error: VarlinkSocketError, _ address: ControlAddress)
    -> ControlClientError
  {
    switch error {
    case .unreachable(let errno): .unreachable(address, errno: errno)
    case .timedOut: .timedOut(address)
    case .disconnected: .disconnected(address)
    case .messageTooLarge: .invalidReply(address)
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
}

/// What a client reads of a reply before it knows whether it is an error.
private struct ReplyHeader: Decodable {
  var error: String?
  var continues: Bool?
}
