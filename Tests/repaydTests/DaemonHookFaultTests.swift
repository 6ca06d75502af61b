import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` running hooks that misbehave, each a `/bin/sh` script of the test's: one
/// that hangs past its timeout, one that floods its output, one that leaves a child behind, and
/// one that exits non-zero, all on the due stage. The daemon runs in a mount namespace whose
/// `/run` is empty, so that it logs to standard error whether or not the machine runs a journald.
/// Serialized: a daemon and real waits of a minute.
@Suite(.serialized)
struct DaemonHookFaultTests {
  @Test(
    "hooks that hang, flood, leave a child or fail: each logged, the child killed, every notice once, the daemon answering"
  )
  func misbehavingHooks() throws {
    let namespace = try FaultyDaemon.journalFreeNamespace()
    defer { namespace.stop() }
    let household = try PlacedHousehold()
    defer { household.remove() }
    let scripts = [
      "hang": "exec sleep 1000",
      "flood": "yes | head -c 3000000",
      "fork": "sleep 1000 &\necho $! > \(household.folder)/child.pid",
      "fail": "echo giving up >&2\nexit 3",
    ]
    var hooks = ""
    for (name, body) in scripts.sorted(by: { $0.key < $1.key }) {
      let path = "\(household.folder)/\(name).sh"
      try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
      chmod(path, 0o755)
      hooks += "\n[[hook]]\non = [\"due\"]\nexec = [\"\(path)\"]\ntimeout = \"3s\"\n"
    }
    let configuration = try String(contentsOfFile: household.configPath, encoding: .utf8)
    try (configuration + hooks).write(toFile: household.configPath, atomically: true, encoding: .utf8)
    let run = try FaultyDaemon(household: household, launcher: namespace.launcher)
    #expect(try run.note("before the hooks").status == 0)

    let folder = household.folder
    try Polling.until("repayd logged each hook's end", timeout: .seconds(120)) {
      let log = run.daemon.standardError
      return log.contains("hook \(folder)/hang.sh timed out after 3s and was stopped")
        && log.contains("hook \(folder)/flood.sh printed 3000000 bytes; the first 65536 were logged")
        && log.contains("hook \(folder)/fork.sh finished (exit status 0)")
        && log.contains("hook \(folder)/fail.sh failed (exit status 3)")
    }
    // The child the fork hook left is gone with its group.
    let child = try String(contentsOfFile: folder + "/child.pid", encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try Polling.until("the fork hook's child was killed") { kill(pid_t(child)!, 0) != 0 }
    #expect(run.daemon.standardError.contains("giving up"))
    // Meanwhile the daemon answers, takes notes, and delivers the overdue notice after them.
    #expect(try run.repayctl.run(["status"]).status == 0)
    #expect(try run.note("after the hooks").status == 0)
    try run.client().waitUntilPlanned(past: household.planned["overdue"]!)
    run.stop()
    #expect(run.noticeStages() == ["advance", "due", "overdue"], "\(run.daemon.standardError)")
    #expect(try run.storedNotes() == ["before the hooks", "after the hooks"])
    #expect(
      try run.state(
        "SELECT stage, sinks FROM deliveries WHERE subject = 'loan' AND subject_id = '\(household.loan)' ORDER BY planned_at"
      )
        == "advance|[\"stderr\"]\ndue|[\"stderr\",\"hooks\"]\noverdue|[\"stderr\"]\n")
  }
}
