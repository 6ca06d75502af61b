import ControlInterface
import Foundation
import RepayControl
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A configuration that other users may write (mode o+w) is named where the user looks
/// (docs/config.md, "Warnings"): by the real `repayctl check`, of the file and of `loans.d`, at
/// 1:1 in English and in Chinese, and by the real repayd at its start, on standard error, in the
/// journal and in `repayctl status`. It is a warning: the configuration is still used.
@Suite(.serialized)
struct WritableConfigurationTests {
  private static let english =
    "can be written by other users, who could change your reminders or run commands as you through hooks; chmod o-w"
  private static let chinese = "可能篡改提醒或借钩子以你的身份运行命令；请执行 chmod o-w"

  @Test("check warns of a file and of loans.d that others may write, in English and Chinese, and passes")
  func check() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "writable-\(UUID().uuidString)"
    )
    .path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/loans.d", withIntermediateDirectories: true)
    let file = folder + "/repayd.toml"
    try "[daemon]\ntimezone = \"Asia/Shanghai\"\n".write(toFile: file, atomically: true, encoding: .utf8)
    try """
    [[loan]]
    id = "card"
    name = "Card"
    platform = "Bank"
    amount = "100.00"
    currency = "CNY"
    due = { day = 5 }
    first_due = 2026-01-05
    open_ended = true
    """.write(toFile: folder + "/loans.d/card.toml", atomically: true, encoding: .utf8)
    // Group-writable alone is no warning (Debian gives each user a group of their own).
    #expect(chmod(file, 0o664) == 0 && chmod(folder + "/loans.d", 0o775) == 0)
    let repayctl = RepayctlRunner(address: "unix:/nonexistent")
    let quiet = try repayctl.run(["check", "--config", folder])
    #expect(quiet.status == 0 && !quiet.standardError.contains("warning"), "\(quiet.standardError)")

    #expect(chmod(file, 0o666) == 0 && chmod(folder + "/loans.d", 0o777) == 0)
    // The folder: its repayd.toml and loans.d/*.toml.
    let english = try repayctl.run(["check", "--config", folder])
    #expect(english.status == 0, "\(english.standardError)")
    let lines = english.standardError.split(separator: "\n").map(String.init)
    #expect(lines.contains("\(folder)/loans.d:1:1: warning: this directory \(Self.english)"), "\(lines)")
    #expect(lines.contains("\(file):1:1: warning: this file \(Self.english)"), "\(lines)")
    let chinese = try repayctl.run(["check", "--config", folder], lang: "zh_CN.UTF-8")
    #expect(chinese.status == 0)
    #expect(
      chinese.standardError.contains("\(file):1:1: warning: 其他用户可以写入此文件，\(Self.chinese)"),
      "\(chinese.standardError)")
    #expect(chinese.standardError.contains("\(folder)/loans.d:1:1: warning: 其他用户可以写入此目录，\(Self.chinese)"))
  }

  @Test("repayd started on a file others may write warns on standard error, in the journal and in status")
  func daemonStart() throws {
    try ServingDaemon.with(configurationMode: 0o666) { served in
      let line = "\(served.household.configPath):1:1: warning: this file \(Self.english)"
      #expect(served.daemon.standardError.contains(line + "\n"), "\(served.daemon.standardError)")
      let logged = try served.journal.entries(
        matching: ["_PID=\(served.daemon.pid)", "PRIORITY=4"], since: served.household.start - 1, count: 1)
      #expect(logged.contains { $0["MESSAGE"] == line }, "\(logged.map { $0["MESSAGE"] })")
      let status = try served.connect().call(Control.GetStatusRequest())
      #expect(
        status.configuration.warnings.contains {
          $0.file == served.household.configPath && $0.line == 1 && $0.column == 1
            && $0.message.hasPrefix("this file")
        }, "\(status.configuration.warnings)")
      let shown = try RepayctlRunner(address: served.address.description).run(["status"])
      #expect(shown.standardError.contains(line), "\(shown.standardError)")
      // Still a configuration in force: its loan is served.
      #expect(
        try served.connect().call(Control.ListLoansRequest()).loans.contains {
          $0.id == served.household.loan
        })
    }
  }
}
