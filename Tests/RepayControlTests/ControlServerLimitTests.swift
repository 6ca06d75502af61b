import ControlInterface
import Foundation
import NIOCore
import RepayControl
import RepayControlTestSupport
import Testing

/// Bad input and many clients: oversized and malformed messages, the idle limit, the connection
/// maximum, a stuck client; after each the server still answers others.
@Suite struct ControlServerLimitTests {
  @Test func aMessageOverTheLimitIsAnsweredThenTheConnectionCloses() async throws {
    try await RunningServer.with { server in
      let (reply, closed) = try await offPool {
        let client = try ControlClient(address: server.address)
        try client.sendRaw(Array(#"{"method":"io.repayd.Control.AddNote","parameters":{"text":""#.utf8))
        try client.sendRaw(Array(repeating: UInt8(ascii: "x"), count: 1 << 20))
        return (try client.receiveObject(), client.waitForClose())
      }
      #expect(reply.error == "io.repayd.Control.MessageTooLarge")
      #expect(reply.parameter("limit") as? Int == 1 << 20)
      #expect(closed)
      try await expectServing(server)
    }
  }

  @Test func aMessageJustUnderTheLimitIsServed() async throws {
    try await RunningServer.with { server in
      let text = String(repeating: "x", count: (1 << 20) - 200)
      let note = try await offPool {
        try ControlClient(address: server.address).call(Control.AddNoteRequest(loan: "huabei", text: text))
          .note
      }
      #expect(note.text.count == text.count)
    }
  }

  @Test(arguments: [
    Array("not json".utf8),
    Array(#"{"method":"io.repayd.Control.ListLoans","parameters":{"x":""#.utf8) + [0xFF]
      + Array(#""}}"#.utf8),
    [UInt8(ascii: "\""), 0xC3, 0x28, UInt8(ascii: "\"")], Array("[1,2]".utf8),
    Array(#"{"parameters":{}}"#.utf8),
  ])
  func aMalformedMessageIsAnsweredThenTheConnectionCloses(_ message: [UInt8]) async throws {
    try await RunningServer.with { server in
      let (reply, closed) = try await offPool {
        let client = try ControlClient(address: server.address)
        try client.sendRaw(message + [0])
        return (try client.receiveObject(), client.waitForClose())
      }
      #expect(reply.error == "io.repayd.Control.InvalidMessage")
      #expect(closed)
      try await expectServing(server)
    }
  }

  @Test func anUnfinishedMessageThenAHangUpLeavesTheServerServing() async throws {
    try await RunningServer.with { server in
      try await offPool {
        let client = try ControlClient(address: server.address)
        try client.sendRaw(Array(#"{"method":"io.repayd.Control.ListLoans""#.utf8))
      }
      try await expectServing(server)
    }
  }

  @Test func anIdleConnectionIsClosedAfterTheLimit() async throws {
    // A limit far above the moment between connecting and calling, even on a busy machine.
    try await RunningServer.with(.init(idleTimeout: .seconds(1))) { server in
      let closed = try await offPool {
        let client = try ControlClient(address: server.address)
        _ = try client.call(Control.GetStatusRequest())
        return client.waitForClose()
      }
      #expect(closed)
    }
  }

  @Test func aWatchInProgressOutlivesTheIdleLimit() async throws {
    try await RunningServer.with(.init(idleTimeout: .seconds(1))) { server in
      let client = try ControlClient(address: server.address)
      var replies = try client.stream(Control.WatchRequest()).makeAsyncIterator()
      _ = try await replies.next()
      // Three idle limits pass with the watch open and quiet.
      try await Task.sleep(for: .seconds(3))
      server.handler.emit(.init(kind: .note, at: TestControlHandler.instant, loan: "huabei", id: 2))
      #expect(try await replies.next()?.kind == .note)
    }
  }

  @Test func clientsPastTheMaximumAreRefusedCleanly() async throws {
    try await RunningServer.with(.init(maximumConnections: 2)) { server in
      let refusal = try await offPool {
        // The server may still count a connection that just left (the test's own check that it
        // listens).
        let admitted = try Self.admit(2, at: server.address)
        let third = try ControlClient(address: server.address)
        defer { withExtendedLifetime(admitted) {} }
        return Result { try third.call(Control.GetStatusRequest()) }
      }
      guard case .failure(ControlClientError.control(let error, _)) = refusal else {
        Issue.record("expected TooManyConnections, got \(refusal)")
        return
      }
      #expect(error == .tooManyConnections(limit: 2))
      // The two above are gone: a new client is served again.
      try await eventually {
        (try? ControlClient(address: server.address).call(Control.GetStatusRequest())) != nil
      }
    }
  }

  @Test func connectionsThatEndedEarlyFreeTheirSlots() async throws {
    try await RunningServer.with(.init(maximumConnections: 3)) { server in
      let (refusals, afterwards) = try await offPool {
        var refusals: [Result<Control.GetStatusReply, any Error>] = []
        do {
          let held = try Self.admit(3, at: server.address)
          // Refused for the maximum, hung up at once, hung up in the middle of a message.
          refusals = (0..<5).map { _ in
            Result { try ControlClient(address: server.address).call(Control.GetStatusRequest()) }
          }
          for _ in 0..<5 { _ = try ControlClient(address: server.address) }
          try ControlClient(address: server.address).sendRaw(Array(#"{"method":"#.utf8))
          withExtendedLifetime(held) {}
        }
        // All of those gone: exactly the maximum is admitted again, and one more refused.
        let again = try Self.admit(3, at: server.address)
        defer { withExtendedLifetime(again) {} }
        return (
          refusals, Result { try ControlClient(address: server.address).call(Control.GetStatusRequest()) }
        )
      }
      for refusal in refusals + [afterwards] {
        guard case .failure(ControlClientError.control(let error, _)) = refusal else {
          Issue.record("expected TooManyConnections, got \(refusal)")
          continue
        }
        #expect(error == .tooManyConnections(limit: 3))
      }
    }
  }

  @Test func aStuckClientDelaysNoOther() async throws {
    try await RunningServer.with { server in
      try await offPool {
        // One client stops in the middle of a message; another streams a watch and never reads.
        let stuck = try ControlClient(address: server.address)
        try stuck.sendRaw(Array(#"{"method":"io.repayd.Control.GetLoan","parameters":{"id":"hua"#.utf8))
        let deaf = try ControlClient(address: server.address)
        _ = try deaf.stream(Control.WatchRequest())
        for _ in 0..<10_000 {
          server.handler.emit(.init(kind: .note, at: TestControlHandler.instant, loan: "huabei", id: 1))
        }
        let other = try ControlClient(address: server.address, timeout: .seconds(30))
        #expect(try other.call(Control.ListLoansRequest()).loans == [TestControlHandler.loan])
        withExtendedLifetime((stuck, deaf)) {}
      }
    }
  }

  @Test func manyIdleConnectionsAreHeldAndOthersServed() async throws {
    FileDescriptorLimit.raiseSoftToHard()
    try await RunningServer.with(.init(maximumConnections: 1_100)) { server in
      try await offPool {
        let idle = try (0..<1_000).map { _ in try ControlClient(address: server.address) }
        // Each answered once, so that all are held (admitted, not still on their way in) when the
        // next client comes, and none is in flight when the server shuts down.
        for client in idle { _ = try client.call(Control.GetStatusRequest()) }
        #expect(try ControlClient(address: server.address).call(Control.ListLoansRequest()).loans.count == 1)
        withExtendedLifetime(idle) {}
      }
    }
  }

  @Test func raisingTheFileLimitReachesTheHardLimit() {
    var limit = rlimit()
    let raised = FileDescriptorLimit.raiseSoftToHard()
    getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
    #expect(UInt(limit.rlim_cur) == raised && limit.rlim_cur == limit.rlim_max)
  }

  /// `count` clients the server at `address` answered, connected until released. A connection
  /// that just ended may still hold its slot for a moment: clients are tried until `count` are
  /// answered, for up to 30 s.
  private static func admit(_ count: Int, at address: ControlAddress) throws -> [ControlClient] {
    let deadline = ContinuousClock.now + .seconds(30)
    var admitted: [ControlClient] = []
    while admitted.count < count && ContinuousClock.now < deadline {
      let client = try ControlClient(address: address)
      if (try? client.call(Control.GetStatusRequest())) != nil { admitted.append(client) }
    }
    try #require(admitted.count == count)
    return admitted
  }

  private func expectServing(_ server: RunningServer) async throws {
    let loans = try await offPool {
      try ControlClient(address: server.address).call(Control.ListLoansRequest()).loans
    }
    #expect(loans == [TestControlHandler.loan])
  }
}
