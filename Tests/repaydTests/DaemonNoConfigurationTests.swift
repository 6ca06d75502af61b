import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 21: the first start of a packaged install finds no configuration at the default place.
/// The real repayd then stays up with no loans (rather than exit and be restarted by systemd until
/// it gives up), says what to do in `STATUS=`, the journal and `repayctl status` (the front's and
/// the full command set's, human and JSON), and takes the configuration in on the reload after
/// `repayctl init`. An explicit `--config` that does not exist, or an invalid configuration at the
/// default place, still exits 1.
@Suite(.serialized)
struct DaemonNoConfigurationTests {
  /// A fresh folder with an empty configuration home, a state home and a private runtime folder.
  private struct Homes {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-no-config-\(UUID().uuidString)"
    ).path

    init() throws {
      try FileManager.default.createDirectory(
        atPath: folder + "/runtime", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
      )
    }

    var environment: [String: String] {
      [
        "XDG_CONFIG_HOME": folder + "/config", "XDG_STATE_HOME": folder + "/state",
        "XDG_RUNTIME_DIR": folder + "/runtime", "TZ": "Asia/Shanghai",
      ]
    }
    var file: String { folder + "/config/repayd/repayd.toml" }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
  }

  @Test(
    "no configuration at the default place: up with no loans, the hint in STATUS=, the journal and both statuses; init and a reload take it in"
  )
  func firstStart() throws {
    let homes = try Homes()
    defer { homes.remove() }
    let notify = try NotifySocket()
    defer { notify.close() }
    try JournaldFixture.withJournald { journal in
      let since = Int64(Date().timeIntervalSince1970) - 1
      let daemon = try RepaydProcess([], environment: homes.environment.merging(notify.environment) { $1 })
      defer { if daemon.isRunning { daemon.send(SIGKILL) } }
      let hint =
        "No configuration at \(homes.file): run `repayctl init`, then `systemctl --user reload repayd`"
      let started = notify.receive(count: 2)
      #expect(started == ["STATUS=" + hint, "READY=1"], "\(daemon.standardError)")
      let logged = try journal.entries(
        matching: ["_PID=\(daemon.pid)", "PRIORITY=4"], since: since, count: 1)
      #expect(logged.map { $0["MESSAGE"] } == [hint])

      let repayctl = RepayctlRunner(
        address: "unix:\(homes.folder)/runtime/repayd/control.sock", environment: homes.environment)
      let commands = URL(fileURLWithPath: RepayctlRunner.path).deletingLastPathComponent()
        .appendingPathComponent("repayctl-commands").path
      for program in [RepayctlRunner.path, commands] {
        let status = try ChildProcess.run(
          program, ["status"],
          environment: ProcessInfo.processInfo.environment.merging(homes.environment) { $1 }
            .merging(["LANG": "C.UTF-8", "REPAYD_ADDRESS": repayctl.address]) { $1 })
        #expect(status.status == 0 && status.standardOutput.contains("Configuration  " + hint), "\(program)")
      }
      let chinese = try repayctl.run(["status"], lang: "zh_CN.UTF-8")
      #expect(
        chinese.standardOutput.contains(
          "\(homes.file) 处没有配置：请运行 `repayctl init`，然后运行 `systemctl --user reload repayd`"))
      let json = try repayctl.json(["status"])
      let configuration = try #require(json["configuration"] as? [String: Any])
      #expect(configuration["missing_file"] as? String == homes.file)
      #expect(configuration["loans"] as? Int == 0 && configuration["files"] as? [String] == [])

      // `repayctl init`, then the reload the next steps name: the example is in force.
      #expect(try repayctl.run(["init"]).status == 0)
      let reload = try repayctl.run(["reload"])
      #expect(reload.status == 0, "\(reload.standardError)")
      let after = try #require(try repayctl.json(["status"])["configuration"] as? [String: Any])
      #expect(after["missing_file"] == nil)
      #expect(after["files"] as? [String] == [homes.file] && (after["loans"] as? Int ?? 0) > 0)
      let reloaded = notify.receive(count: 3)
      #expect(reloaded.first?.hasPrefix("RELOADING=1") == true && reloaded.last == "READY=1")
      #expect(
        reloaded.contains { $0.hasPrefix("STATUS=") && !$0.contains("No configuration") }, "\(reloaded)")

      daemon.send(SIGTERM)
      #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
    }
  }

  @Test("an explicit --config that does not exist, or an invalid configuration at the default place: exit 1")
  func stillErrors() throws {
    let homes = try Homes()
    defer { homes.remove() }
    let absent = try RepaydProcess(["--config", homes.folder + "/none.toml"], environment: homes.environment)
    #expect(absent.waitForExit() == 1)
    #expect(absent.standardError.hasPrefix("\(homes.folder)/none.toml:1:1: error: no configuration: "))

    try FileManager.default.createDirectory(
      atPath: homes.folder + "/config/repayd", withIntermediateDirectories: true)
    try "[daemon]\ntimezone = \"Mars/Olympus\"\n".write(toFile: homes.file, atomically: true, encoding: .utf8)
    let invalid = try RepaydProcess([], environment: homes.environment)
    #expect(invalid.waitForExit() == 1)
    #expect(invalid.standardError.hasPrefix("\(homes.file):2:12: error: "), "\(invalid.standardError)")
  }
}
