import Foundation
import RepayControl
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` started with an open-file limit of 64 (`prlimit --nofile=64:64`, soft and
/// hard, so that it cannot raise it) while 1,000 clients connect at once and stay connected.
/// The daemon runs in a mount namespace without journald, so its log is on standard error.
@Suite(.serialized)
struct DaemonDescriptorLimitTests {
  @Test(
    "RLIMIT_NOFILE 64 and 1,000 clients at once: connections capped with a warning, the rest refused with a reason, answering after, no descriptor kept"
  )
  func lowLimitManyClients() throws {
    // The test's own limit, so that it can hold the 1,000.
    FileDescriptorLimit.raiseSoftToHard()
    let namespace = try FaultyDaemon.journalFreeNamespace()
    defer { namespace.stop() }
    let household = try PlacedHousehold()
    defer { household.remove() }
    let run = try FaultyDaemon(
      household: household, launcher: namespace.launcher + ["/usr/bin/prlimit", "--nofile=64:64", "--"])
    let descriptors = {
      (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(run.daemon.pid)/fd").count) ?? -1
    }
    // Counted after a first call, which opens what the daemon keeps for every later one.
    #expect(try run.repayctl.run(["status"]).status == 0)
    let before = descriptors()
    let capped = "control socket: at most \(64 - FileDescriptorLimit.reserved) connection(s) at once, not 512"
    #expect(run.daemon.standardError.contains(capped), "\(run.daemon.standardError)")

    // 1,000 connections at once, without waiting (a full listen queue refuses at once).
    var clients: [Int32] = []
    for _ in 0..<1_000 {
      let client = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
      try #require(client >= 0)
      if UnixSocketAddress.with(run.controlSocket, { connect(client, $0, $1) }) == 0 {
        clients.append(client)
      } else {
        close(client)
      }
    }
    defer { for client in clients { close(client) } }
    try Polling.until("repayd refused clients past the cap, saying why") {
      run.daemon.standardError.contains(
        "control socket: refused a client, \(64 - FileDescriptorLimit.reserved) connected already")
    }
    // A client now is told at once, served or refused, never left waiting in the queue.
    let during = try ChildProcess.run(
      "/usr/bin/timeout", ["60", RepayctlRunner.path, "status", "--address", "unix:\(run.controlSocket)"])
    #expect(during.status != 124, "repayctl status waited 60 s")
    #expect(
      during.status == 0
        || during.standardError
          == "error: the daemon already serves \(64 - FileDescriptorLimit.reserved) clients; try again later\n",
      "\(during.standardError)")
    #expect(run.daemon.isRunning)

    for client in clients { close(client) }
    clients = []
    try Polling.until("repayd answers again once the clients left") {
      try run.repayctl.run(["status"]).status == 0
    }
    do {
      try Polling.until("repayd holds no descriptor of the clients (\(before) before)") {
        descriptors() == before
      }
    } catch {
      let links = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(run.daemon.pid)/fd")) ?? []
      Issue.record(
        "\(links.map { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(run.daemon.pid)/fd/\($0)")) ?? $0 })"
      )
    }
    #expect(try run.note("after the clients").status == 0)
    try run.client().waitUntilPlanned(past: household.planned["overdue"]!)
    run.stop()
    #expect(run.noticeStages() == ["advance", "due", "overdue"], "\(run.daemon.standardError)")
    #expect(try run.storedNotes() == ["after the clients"])
  }
}
