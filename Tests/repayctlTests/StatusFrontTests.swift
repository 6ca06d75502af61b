import Foundation
import RepayTestSupport
import Testing

/// repayctl's front (the `repayctl` binary): `status` answered by itself, exactly as the full
/// command set (`repayctl-commands`) answers it, and every other command line handed over.
@Suite(.serialized)
struct StatusFrontTests {
  /// The full command set's binary, beside the front in the build folder.
  static let commands = URL(fileURLWithPath: RepayctlProcess.executable).deletingLastPathComponent()
    .appendingPathComponent("repayctl-commands").path

  /// The environment both programs run with: the test's, without its locale, and `extra`.
  private static func environment(_ daemon: LiveDaemon, lang: String, extra: [String: String] = [:])
    -> [String:
    String]
  {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
    environment.merge(
      [
        "LANG": lang, "REPAYD_ADDRESS": daemon.address, "TZ": LiveDaemon.zone, "NO_COLOR": "1",
        "COLUMNS": "80",
      ]
    ) { $1 }
    return environment.merging(extra) { $1 }
  }

  @Test(
    "status by the front is status by the full command set: in English and Chinese, for people and as JSON")
  func sameAsTheFullCommandSet() throws {
    let daemon = try LiveDaemon()
    defer { daemon.stop() }
    for lang in ["C.UTF-8", "zh_CN.UTF-8"] {
      let environment = Self.environment(daemon, lang: lang)
      // A relative time ("in 59 min") may turn between two calls: a differing pair is asked
      // again, and the last pair must agree.
      var pair: (front: ChildProcess.Outcome, full: ChildProcess.Outcome)?
      for _ in 0..<3 {
        let front = try ChildProcess.run(RepayctlProcess.executable, ["status"], environment: environment)
        let full = try ChildProcess.run(Self.commands, ["status"], environment: environment)
        pair = (front, full)
        if StatusUptime.removed(from: front.standardOutput) == StatusUptime.removed(from: full.standardOutput)
        {
          break
        }
      }
      let (front, full) = try #require(pair)
      #expect(front.status == 0 && full.status == 0, "\(front.standardError) \(full.standardError)")
      #expect(front.standardOutput.contains(lang == "C.UTF-8" ? "1 instalment, ¥300.00" : "1 期，共 ¥300.00"))
      #expect(
        StatusUptime.removed(from: front.standardOutput) == StatusUptime.removed(from: full.standardOutput),
        "front:\n\(front.standardOutput)\nfull:\n\(full.standardOutput)")
      #expect(front.standardError == full.standardError)

      let frontJSON = try ChildProcess.run(
        RepayctlProcess.executable, ["status", "--json"], environment: environment)
      let fullJSON = try ChildProcess.run(Self.commands, ["status", "--json"], environment: environment)
      #expect(frontJSON.status == 0 && frontJSON.standardOutput.hasSuffix("}\n"))
      #expect(
        try StatusUptime.removed(fromJSON: frontJSON.standardOutput)
          == StatusUptime.removed(fromJSON: fullJSON.standardOutput))
    }
  }

  @Test("--address before the command: the front answers status, the full command set every command")
  func addressBeforeTheCommand() throws {
    let daemon = try LiveDaemon()
    defer { daemon.stop() }
    // REPAYD_ADDRESS names no daemon: only the option given leads to this one.
    let environment = Self.environment(
      daemon, lang: "C.UTF-8", extra: ["REPAYD_ADDRESS": "unix:/nonexistent/control.sock"])
    let folder = daemon.folder + "/front-alone"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let front = folder + "/repayctl"
    try FileManager.default.copyItem(atPath: RepayctlProcess.executable, toPath: front)
    for arguments in [
      ["--address", daemon.address, "status"], ["--address=\(daemon.address)", "status", "--json"],
    ] {
      // The front alone cannot hand over: it must answer itself.
      let alone = try ChildProcess.run(front, arguments, environment: environment)
      #expect(alone.status == 0 && alone.standardError.isEmpty, "\(arguments): \(alone.standardError)")
      let full = try ChildProcess.run(Self.commands, arguments, environment: environment)
      #expect(full.status == 0 && full.standardError.isEmpty, "\(arguments): \(full.standardError)")
      let start = arguments.contains("--json") ? "{" : "repayd "
      #expect(alone.standardOutput.hasPrefix(start) && full.standardOutput.hasPrefix(start))
    }
    for arguments in [
      ["--address", daemon.address, "loans"], ["--address=\(daemon.address)", "loans", "--json"],
      ["loans", "--address", daemon.address], ["--address", daemon.address, "history", "--loan", "jd"],
    ] {
      let outcome = try ChildProcess.run(RepayctlProcess.executable, arguments, environment: environment)
      #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
      #expect(!outcome.standardOutput.isEmpty, "\(arguments)")
    }
    let help = try ChildProcess.run(RepayctlProcess.executable, ["--help"], environment: environment)
    // Help text is wrapped to the terminal: its words, whatever the lines.
    let words = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      words.contains("before or after the command's name: repayctl --address unix:PATH status"), "\(words)")
    let chineseHelp = try ChildProcess.run(
      RepayctlProcess.executable, ["--help"],
      environment: Self.environment(daemon, lang: "zh_CN.UTF-8"))
    #expect(
      chineseHelp.standardOutput.split(whereSeparator: \.isNewline).joined().contains("写在命令名之前或之后均可"),
      "\(chineseHelp.standardOutput)")
  }

  @Test("alone, the front answers status in each of its forms and hands every other command line over")
  func answersStatusAndHandsTheRestOver() throws {
    let daemon = try LiveDaemon()
    defer { daemon.stop() }
    // The front without the full command set beside it: what it does not answer fails, saying so.
    let folder = daemon.folder + "/front-alone"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let front = folder + "/repayctl"
    try FileManager.default.copyItem(atPath: RepayctlProcess.executable, toPath: front)
    let environment = Self.environment(daemon, lang: "C.UTF-8")

    for arguments in [
      ["status"], ["status", "--json"], ["status", "--address", daemon.address],
      ["status", "--address=\(daemon.address)", "--json"], ["status", "--json", "--address", daemon.address],
    ] {
      let outcome = try ChildProcess.run(front, arguments, environment: environment)
      #expect(outcome.status == 0 && outcome.standardError.isEmpty, "\(arguments): \(outcome.standardError)")
      let expectedStart = arguments.contains("--json") ? "{" : "repayd "
      #expect(outcome.standardOutput.hasPrefix(expectedStart), "\(arguments): \(outcome.standardOutput)")
    }

    for arguments in [
      [], ["loans"], ["--version"], ["status", "--help"], ["status", "--json", "--json"],
      ["status", "extra"],
      ["status", "--address"], ["status", "--address", "relative.sock"],
      ["status", "--address", "unix:/x", "--address", "unix:/y"],
    ] {
      let outcome = try ChildProcess.run(front, arguments, environment: environment)
      #expect(outcome.status == 1 && outcome.standardOutput.isEmpty, "\(arguments)")
      #expect(
        outcome.standardError.hasPrefix(
          "error: cannot run the full repayctl (\(folder)/repayctl-commands or "),
        "\(arguments): \(outcome.standardError)")
    }
    let chinese = try ChildProcess.run(
      front, ["loans"], environment: Self.environment(daemon, lang: "zh_CN.UTF-8"))
    #expect(chinese.standardError.hasPrefix("错误：无法运行完整的 repayctl"), "\(chinese.standardError)")

    // A status the front cannot answer (no daemon) is the full command set's to report.
    daemon.stop()
    let stopped = try ChildProcess.run(front, ["status"], environment: environment)
    #expect(stopped.status == 1 && stopped.standardError.hasPrefix("error: cannot run the full repayctl"))
  }
}
