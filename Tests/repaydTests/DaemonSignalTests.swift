import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Signals from outside at bad moments, on the real repayd: a storm of SIGHUPs, and SIGTERM at
/// every moment of its start-up.
@Suite(.serialized)
struct DaemonSignalTests {
  private let environment = ["TZ": PlacedHousehold.zoneName]

  @Test("1,000 SIGHUPs in a second: repayd stays up, answers, keeps its configuration and stops cleanly")
  func hangupStorm() throws {
    let notify = try NotifySocket()
    defer { notify.close() }
    let household = try PlacedHousehold()
    defer { household.remove() }
    let runtime = try household.makeRuntimeDirectory()
    let daemon = try RepaydProcess(
      household.arguments,
      environment: environment.merging(notify.environment) { $1 }.merging(["XDG_RUNTIME_DIR": runtime]) { $1 }
    )
    defer { if daemon.isRunning { daemon.send(SIGKILL) } }
    #expect(notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1"), "\(daemon.standardError)")
    let repayctl = RepayctlRunner(
      address: "unix:" + runtime + "/repayd/control.sock", environment: environment)
    let before = try repayctl.json(["loans"])["loans"] as? [[String: Any]]
    let began = ContinuousClock.now
    for _ in 0..<1_000 { daemon.send(SIGHUP) }
    #expect(ContinuousClock.now - began < .seconds(1))
    // The reloads the storm asked for are done (or coalesced), and the daemon answers.
    // A margin for a loaded machine: a reload reads and plans the whole household.
    try Polling.until("repayd to have reloaded after the storm", timeout: .seconds(300)) {
      let status = try? repayctl.json(["status"])
      return (status?["last_reload"] as? [String: Any])?["succeeded"] as? Bool == true
    }
    #expect(daemon.isRunning)
    let after = try repayctl.json(["loans"])["loans"] as? [[String: Any]]
    #expect(after?.count == before?.count && after?.isEmpty == false)
    daemon.send(SIGTERM)
    #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
  }

  @Test(
    "SIGTERM at every moment of start-up: each run ends cleanly, and the next start finds its state intact")
  func terminatedDuringStartUp() throws {
    let household = try PlacedHousehold()
    defer { household.remove() }
    let runtime = try household.makeRuntimeDirectory()
    let environment = environment.merging(["XDG_RUNTIME_DIR": runtime]) { $1 }
    // From at once to well after READY, in steps.
    for delay in [0, 1, 2, 5, 10, 20, 50, 100, 200, 400, 800] {
      let daemon = try RepaydProcess(household.arguments, environment: environment)
      if delay > 0 { Thread.sleep(forTimeInterval: Double(delay) / 1_000) }
      daemon.send(SIGTERM)
      let status = daemon.waitForExit()
      // Exit 0 once its handler is installed; before, the signal's default action ends it,
      // which systemd counts as a clean stop as well.
      #expect(
        status == 0 || status == -SIGTERM,
        "after \(delay) ms: \(String(describing: status)) \(daemon.standardError)")
      #expect(!daemon.standardError.contains("Fatal error"), "after \(delay) ms: \(daemon.standardError)")
    }
    // The state and the lock are usable: the next start comes up and stops cleanly.
    let notify = try NotifySocket()
    defer { notify.close() }
    let daemon = try RepaydProcess(
      household.arguments, environment: environment.merging(notify.environment) { $1 })
    #expect(notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1"), "\(daemon.standardError)")
    daemon.send(SIGTERM)
    #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
    let check = try ChildProcess.run(
      "/usr/bin/sqlite3", [household.stateDirectory + "/state.sqlite", "PRAGMA integrity_check;"])
    #expect(check.standardOutput == "ok\n", "\(check.standardError)")
  }
}
