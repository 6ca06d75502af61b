import ControlInterface
import Foundation
import NIOCore
import NIOEmbedded
import RepayControlTestSupport
import RepayTestSupport
import Testing

@testable import RepayControl

/// A plain `GetStatus` answered on the event loop from the handler's current status: when it is,
/// that calls still come back in order, and that the idle and stuck-client limits still hold.
@Suite struct ImmediateStatusTests {
  @Test func aPlainStatusComesFromTheCurrentStatusWhenTheHandlerHasOne() async throws {
    try await RunningServer.with { server in
      let uptimes = try await offPool {
        let client = try ControlClient(address: server.address)
        func uptime(_ call: String) throws -> Int? {
          try client.rawCall(call).parameter("uptime_seconds") as? Int
        }
        let plain = #"{"method":"io.repayd.Control.GetStatus"}"#
        let before = try uptime(plain)
        server.handler.answersStatusAtOnce = true
        return [
          before, try uptime(plain),
          try uptime(#"{"method": "io.repayd.Control.GetStatus", "parameters": {}}"#),
          // A flag is read by the general way, which asks the handler.
          try uptime(#"{"method":"io.repayd.Control.GetStatus","more":false}"#),
        ]
      }
      #expect(
        uptimes == [
          TestControlHandler.statusUptime, TestControlHandler.currentStatusUptime,
          TestControlHandler.currentStatusUptime, TestControlHandler.statusUptime,
        ])
    }
  }

  @Test func aNewClientsFirstStatusIsAnsweredOnTheEventLoop() async throws {
    try await RunningServer.with { server in
      server.handler.answersStatusAtOnce = true
      // Sent as soon as the connection is made, before the connection's task can have started:
      // the client was admitted when it was accepted, so even its first call is answered here.
      let uptimes = try await offPool {
        try (0..<20).map { _ in
          try ControlClient(address: server.address).rawCall(#"{"method":"io.repayd.Control.GetStatus"}"#)
            .parameter("uptime_seconds") as? Int
        }
      }
      #expect(uptimes == Array(repeating: TestControlHandler.currentStatusUptime, count: 20))
    }
  }

  @Test func callsSentTogetherAreAnsweredInOrder() async throws {
    try await RunningServer.with { server in
      server.handler.answersStatusAtOnce = true
      let replies = try await offPool {
        let client = try ControlClient(address: server.address)
        let calls = [
          #"{"method":"io.repayd.Control.GetStatus"}"#, #"{"method":"io.repayd.Control.ListLoans"}"#,
          #"{"method":"io.repayd.Control.GetStatus"}"#,
          #"{"method":"io.repayd.Control.GetLoan","parameters":{"id":"x"}}"#,
          #"{"method":"io.repayd.Control.GetStatus"}"#,
        ]
        try client.sendRaw(calls.flatMap { Array($0.utf8) + [0] })
        return try (0..<calls.count).map { _ in try client.receiveObject() }
      }
      let kinds = replies.map { reply in
        reply.error
          ?? (reply.parameter("loans") != nil ? "loans" : reply.parameter("version") != nil ? "status" : "?")
      }
      #expect(kinds == ["status", "loans", "status", "io.repayd.Control.LoanNotFound", "status"])
    }
  }

  @Test func aClientPollingTheStatusIsNotIdle() async throws {
    try await RunningServer.with(.init(idleTimeout: .seconds(6))) { server in
      server.handler.answersStatusAtOnce = true
      let (answered, closed) = try await offPool {
        let client = try ControlClient(address: server.address)
        var answered = 0
        // Two idle limits in all, a call every twentieth of one: only a call or a reply delayed
        // by the whole limit (6 s, against a few milliseconds) would let the connection idle.
        for _ in 0..<40 {
          if try client.rawCall(#"{"method":"io.repayd.Control.GetStatus"}"#).parameter("version") != nil {
            answered += 1
          }
          Thread.sleep(forTimeInterval: 0.3)
        }
        return (answered, client.waitForClose())
      }
      // Every call answered, then closed once it stopped calling.
      #expect(answered == 40 && closed)
    }
  }

  @Test func aClientThatDoesNotReadItsStatusesIsCutOff() async throws {
    try await RunningServer.with(.init(idleTimeout: .milliseconds(500))) { server in
      server.handler.answersStatusAtOnce = true
      // 400,000 calls (16 MB) asked and no reply read: far more replies (180 MB) than the
      // socket's buffers hold. The server must stop taking calls once its replies wait, and close
      // the connection when one has waited the limit, rather than read on and keep the replies.
      let outcome = try await offPool { Self.sendWithoutReading(calls: 400_000, to: server.address.path) }
      #expect(outcome == .cutOff)
      let loans = try await offPool {
        try ControlClient(address: server.address).call(Control.ListLoansRequest()).loans
      }
      #expect(loans == [TestControlHandler.loan])
    }
  }

  private enum SendOutcome: Equatable {
    case cutOff, allTaken
    case stuck(errno: Int32)
    case unreachable
  }

  /// Sends `calls` plain statuses on a connection of its own to `path` and reads nothing.
  private static func sendWithoutReading(calls: Int, to path: String) -> SendOutcome {
    let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { return .unreachable }
    defer { close(descriptor) }
    guard UnixSocketAddress.with(path, { connect(descriptor, $0, $1) }) == 0 else { return .unreachable }
    var timeout = timeval(tv_sec: 30, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let call = Array(#"{"method":"io.repayd.Control.GetStatus"}"#.utf8) + [0]
    let hundred = Array((0..<100).map { _ in call }.joined())
    for _ in 0..<(calls / 100) {
      var offset = 0
      while offset < hundred.count {
        let sent = hundred[offset...].withUnsafeBytes {
          send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
        }
        if sent < 0 {
          if errno == EINTR { continue }
          return errno == EPIPE || errno == ECONNRESET ? .cutOff : .stuck(errno: errno)
        }
        offset += sent
      }
    }
    return .allTaken
  }

  @Test func aStatusWaitsForTheCallsBeforeIt() throws {
    let handler = TestControlHandler()
    handler.answersStatusAtOnce = true
    // A client not admitted (yet): its handler does not wait from the start.
    let channel = EmbeddedChannel(
      handler: ImmediateStatusHandler(
        currentStatus: handler.currentStatus, idleTimeout: .seconds(60), waitsAtOnce: false))
    let status = #"{"method":"io.repayd.Control.GetStatus"}"#
    func send(_ call: String) throws { try channel.writeInbound(ByteBuffer(string: call)) }
    func passedOn() throws -> String? {
      try channel.readInbound(as: ByteBuffer.self).map { String(buffer: $0) }
    }
    func answered() throws -> Int? {
      guard let reply = try channel.readOutbound(as: ByteBuffer.self) else { return nil }
      let object = try JSONSerialization.jsonObject(with: Data(reply.readableBytesView.dropLast()))
      return ((object as? [String: Any])?["parameters"] as? [String: Any])?["uptime_seconds"] as? Int
    }
    func waiting(taken: Int, afterReply: Bool = false) {
      channel.pipeline.triggerUserOutboundEvent(
        ImmediateStatusHandler.WaitingForCall(taken: taken, afterReply: afterReply), promise: nil)
    }

    // Before the connection's task waits, everything goes on.
    try send(status)
    #expect(try passedOn() == status && answered() == nil)
    // The task says it waits having taken none: one is still queued for it, so it goes on too.
    waiting(taken: 0)
    try send(status)
    #expect(try passedOn() == status && answered() == nil)
    // It has taken both and waits: the next status is answered here.
    waiting(taken: 2)
    try send(status)
    #expect(try passedOn() == nil && answered() == TestControlHandler.currentStatusUptime)
    // Another call goes on, and a status after it waits for its answer.
    try send(#"{"method":"io.repayd.Control.ListLoans"}"#)
    try send(status)
    #expect(try passedOn() != nil && passedOn() == status && answered() == nil)
    // The task says it will wait once its reply is out: until the reply passes, a status goes on
    // to the task; after, it is answered here.
    waiting(taken: 4, afterReply: true)
    try send(status)
    #expect(try passedOn() == status && answered() == nil)
    waiting(taken: 5, afterReply: true)
    try channel.writeOutbound(ByteBuffer(string: "the task's reply"))
    #expect(try channel.readOutbound(as: ByteBuffer.self).map { String(buffer: $0) } == "the task's reply")
    try send(status)
    #expect(try passedOn() == nil && answered() == TestControlHandler.currentStatusUptime)
    // No current status: the task is asked.
    waiting(taken: 5)
    handler.answersStatusAtOnce = false
    try send(status)
    #expect(try passedOn() == status && answered() == nil)
    _ = try channel.finish()
  }

  @Test func anAdmittedClientsFirstStatusIsAnsweredAtOnceAndItsFirstOtherCallGoesOn() throws {
    let handler = TestControlHandler()
    handler.answersStatusAtOnce = true
    let loop = EmbeddedEventLoop()
    let channel = EmbeddedChannel(
      handler: ImmediateStatusHandler(
        currentStatus: handler.currentStatus, idleTimeout: .seconds(60), waitsAtOnce: true),
      loop: loop)
    try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    // No word from the task yet: the first status is answered here.
    try channel.writeInbound(ByteBuffer(string: #"{"method":"io.repayd.Control.GetStatus"}"#))
    #expect(try channel.readInbound(as: ByteBuffer.self) == nil)
    #expect(try channel.readOutbound(as: ByteBuffer.self) != nil)
    // A call for the task goes on, and the task's late word that it waits having taken none does
    // not let a status overtake that call's reply.
    try channel.writeInbound(ByteBuffer(string: #"{"method":"io.repayd.Control.ListLoans"}"#))
    channel.pipeline.triggerUserOutboundEvent(
      ImmediateStatusHandler.WaitingForCall(taken: 0, afterReply: false), promise: nil)
    try channel.writeInbound(ByteBuffer(string: #"{"method":"io.repayd.Control.GetStatus"}"#))
    #expect(
      try channel.readInbound(as: ByteBuffer.self).map { String(buffer: $0) }?.contains("ListLoans") == true)
    #expect(
      try channel.readInbound(as: ByteBuffer.self).map { String(buffer: $0) }?.contains("GetStatus") == true)
    #expect(try channel.readOutbound(as: ByteBuffer.self) == nil)
    // Waiting from the start counts toward the idle limit like any wait.
    let idle = EmbeddedChannel(
      handler: ImmediateStatusHandler(
        currentStatus: handler.currentStatus, idleTimeout: .seconds(60), waitsAtOnce: true),
      loop: loop)
    try idle.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    loop.advanceTime(by: .seconds(59))
    #expect(idle.isActive)
    loop.advanceTime(by: .seconds(1))
    #expect(!idle.isActive)
    _ = try channel.finish()
  }

  @Test func aConnectionWaitingForACallIsClosedAfterTheIdleLimit() throws {
    let handler = TestControlHandler()
    handler.answersStatusAtOnce = true
    let loop = EmbeddedEventLoop()
    let channel = EmbeddedChannel(
      handler: ImmediateStatusHandler(
        currentStatus: handler.currentStatus, idleTimeout: .seconds(60), waitsAtOnce: false),
      loop: loop)
    try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    channel.pipeline.triggerUserOutboundEvent(
      ImmediateStatusHandler.WaitingForCall(taken: 0, afterReply: false), promise: nil)
    // Answered calls count as activity: 50 s, a status, 50 s more, and it is still open.
    loop.advanceTime(by: .seconds(50))
    try channel.writeInbound(ByteBuffer(string: #"{"method":"io.repayd.Control.GetStatus"}"#))
    loop.advanceTime(by: .seconds(50))
    #expect(channel.isActive)
    // A call for the task stops the clock while the task works on it, however long.
    try channel.writeInbound(ByteBuffer(string: #"{"method":"io.repayd.Control.ListLoans"}"#))
    loop.advanceTime(by: .seconds(120))
    #expect(channel.isActive)
    // Waiting again: closed 60 s later.
    channel.pipeline.triggerUserOutboundEvent(
      ImmediateStatusHandler.WaitingForCall(taken: 1, afterReply: false), promise: nil)
    loop.advanceTime(by: .seconds(59))
    #expect(channel.isActive)
    loop.advanceTime(by: .seconds(1))
    #expect(!channel.isActive)
  }
}
