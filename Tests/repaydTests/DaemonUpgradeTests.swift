import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 21: an upgrade replaces repayd's binary but cannot restart the users' daemons. The real
/// repayd, started from a copy, says in `repayctl status` (the front's and the full command
/// set's, human and JSON) that it was upgraded once a new file is renamed over its own, and also
/// once its file is removed; not before.
struct DaemonUpgradeTests {
  @Test("a new file renamed over the running binary, or the binary removed: status says it was upgraded")
  func replacedBinary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-upgrade-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(
      atPath: folder + "/runtime", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let binary = folder + "/bin/repayd"
    try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: RepaydProcess.executable, toPath: binary)
    let environment = [
      "XDG_CONFIG_HOME": folder + "/config", "XDG_STATE_HOME": folder + "/state",
      "XDG_RUNTIME_DIR": folder + "/runtime",
    ]
    let daemon = try RepaydProcess([], environment: environment, executable: binary)
    defer { if daemon.isRunning { daemon.send(SIGKILL) } }
    let repayctl = RepayctlRunner(
      address: "unix:\(folder)/runtime/repayd/control.sock", environment: environment)
    let commands = URL(fileURLWithPath: RepayctlRunner.path).deletingLastPathComponent()
      .appendingPathComponent("repayctl-commands").path
    let notice = "repayd was upgraded since it started: `systemctl --user restart repayd`"
    /// The human status of the front and of the full command set, and the JSON's `upgraded`.
    func statuses() throws -> (front: String, full: String, upgraded: Any?) {
      let full = try ChildProcess.run(
        commands, ["status"],
        environment: ProcessInfo.processInfo.environment.merging(environment) { $1 }
          .merging(["LANG": "C.UTF-8", "REPAYD_ADDRESS": repayctl.address]) { $1 })
      return (
        try repayctl.run(["status"]).standardOutput, full.standardOutput,
        try repayctl.json(["status"])["upgraded"]
      )
    }
    try Polling.until("repayd answers") { (try? repayctl.run(["status"]).status) == 0 }

    let before = try statuses()
    #expect(!before.front.contains(notice) && !before.full.contains(notice) && before.upgraded == nil)

    // As an upgrade installs a binary: a new file, renamed over the old one.
    try FileManager.default.copyItem(atPath: RepaydProcess.executable, toPath: binary + ".new")
    #expect(rename(binary + ".new", binary) == 0)
    let replaced = try statuses()
    #expect(replaced.front.contains("  Upgrade        " + notice), "\(replaced.front)")
    #expect(replaced.full.contains("  Upgrade        " + notice), "\(replaced.full)")
    #expect(replaced.upgraded as? Bool == true)
    #expect(
      try repayctl.run(["status"], lang: "zh_CN.UTF-8").standardOutput.contains(
        "repayd 启动后已升级：请运行 `systemctl --user restart repayd`"))

    // Removed (a package taken away): the same.
    try FileManager.default.removeItem(atPath: binary)
    #expect(try statuses().upgraded as? Bool == true)

    daemon.send(SIGTERM)
    #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
  }
}
