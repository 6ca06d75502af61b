import ControlInterface
import Foundation
import RepayControl
import RepayControlTestSupport
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The bad input of issue 8 that `DaemonProtocolTests` does not send, against the real daemon on
/// its real socket: a message without its NUL and then a hang-up, 1,000 connections opened and
/// left idle, and clients that hang up in the middle of a `Watch`. After each, a new client is
/// served; after all of them (with the 1,000 still held), the household's notices come on time.
/// Invalid JSON, invalid UTF-8, a message over 1 MiB, an unknown interface and method and wrong
/// parameter types are `DaemonProtocolTests.standardAndProtocolErrors`; a client of another uid
/// is `DaemonAccessReloadTests`.
@Suite(.serialized)
struct DaemonBadInputTests {
  /// Connections held at once; the daemon's maximum is raised above it, since the default (512)
  /// would refuse the rest, cleanly, which `DaemonAccessReloadTests` checks.
  private static let idleConnections = 1_000

  @Test(
    "a message without its NUL then a hang-up, 1,000 idle connections, hang-ups in the middle of a Watch: the daemon serves on and fires on time"
  )
  func badInputLeavesTheDaemonServing() throws {
    // Each client is a descriptor here too; the soft limit may be as low as 1,024.
    FileDescriptorLimit.raiseSoftToHard()
    try ServingDaemon.with(daemon: "max_connections = \(Self.idleConnections + 100)") { served in
      // A call without its NUL, and the client gone: the daemon has half a message to drop.
      try served.connect().sendRaw(Array(#"{"method":"io.repayd.Control.GetStatus"}"#.utf8))
      try expectServed(served)

      // 1,000 connections that send nothing; a new client is served beside them.
      let idle = try (0..<Self.idleConnections).map { _ in try served.connect() }
      try expectServed(served)
      // Each was admitted, not refused or left waiting: it answers a call (and is idle again).
      for client in idle { #expect(try client.call(Control.GetStatusRequest()).configuration.loans > 0) }

      try hangUpsInTheMiddleOfAWatch(served)
      try expectServed(served)

      // With the 1,000 still held, every notice of the household comes on time.
      let entries = try served.journal.entries(
        matching: [served.household.match], since: served.household.start - 1, count: 3,
        timeout: .seconds(60))
      #expect(entries.map { $0["REPAY_STAGE"] } == ["advance", "due", "overdue"])
      served.household.expectOnTime(entries)
      withExtendedLifetime(idle) {}
    }
  }

  /// Two clients start a `Watch` and hang up: one as soon as it began, the other with events
  /// sent to it that it never read. A third watch, open throughout, gets every event, in order.
  private func hangUpsInTheMiddleOfAWatch(_ served: ServingDaemon) throws {
    let staying = try served.connect()
    _ = try staying.stream(Control.WatchRequest())
    #expect(try kind(of: staying.receiveObject()) == "watching")
    let writer = try served.connect()
    func note(_ text: String) throws {
      let added = try writer.call(Control.AddNoteRequest(loan: served.household.loan, text: text))
      let event = try staying.receiveObject()
      #expect(kind(of: event) == "note" && event.parameter("id") as? Int == Int(added.note.id), "\(event)")
    }
    do {
      let leaving = try served.connect()
      _ = try leaving.stream(Control.WatchRequest())
      #expect(try kind(of: leaving.receiveObject()) == "watching")
    }
    try note("after a watch that hung up at once")
    do {
      let leaving = try served.connect()
      _ = try leaving.stream(Control.WatchRequest())
      #expect(try kind(of: leaving.receiveObject()) == "watching")
      for index in 0..<3 { try note("sent to a watch that does not read \(index)") }
      withExtendedLifetime(leaving) {}
    }
    try note("after a watch that hung up with events unread")
  }

  /// The `kind` of a `Watch` reply.
  private func kind(of reply: RawReply) -> String? { reply.parameter("kind") as? String }

  /// Expects a new client to be answered.
  private func expectServed(_ served: ServingDaemon, sourceLocation: SourceLocation = #_sourceLocation) throws
  {
    let status = try served.connect().call(Control.GetStatusRequest())
    #expect(status.configuration.loans > 0, sourceLocation: sourceLocation)
  }
}
