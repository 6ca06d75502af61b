import Foundation
import RepayCore
import RepayDisplay
import RepayTestSupport
import Testing

/// `repayctl calendar` against the real repayd: a payment recorded with the daemon turns the
/// day paid, the holidays and advance windows come from the configuration files the daemon was
/// started with, and without a daemon (or with `--config`) the calendar is the configuration's.
struct CalendarDaemonTests {
  @Test(
    "the daemon's payments count; its configuration gives holidays and advance windows; none answering, the configuration alone"
  )
  func daemonAndOffline() throws {
    let holidays = FileManager.default.temporaryDirectory.appendingPathComponent(
      "holidays-\(UUID().uuidString).txt"
    )
    .path
    defer { try? FileManager.default.removeItem(atPath: holidays) }
    let rules = try LiveDaemon.rules()
    let today = rules.localDate(at: Int64(Date().timeIntervalSince1970))
    try "\(today.advanced(by: 1)) holiday\n".write(toFile: holidays, atomically: true, encoding: .utf8)
    // Advance reminders a week ahead: huabei, due in 5 days, is due soon.
    let household =
      LiveDaemon.household(today: today).replacing(
        "[daemon]\n", with: "[daemon]\nholidays = [\"\(holidays)\"]\n")
      + "\n[reminders]\nbefore = [\"7d\"]\n"
    let daemon = try LiveDaemon(household: household)
    defer { daemon.stop() }
    let holiday = today.advanced(by: 1)
    let first = CalendarMonth(containing: today.advanced(by: -3))
    let arguments = ["calendar", first.description, "--months", "2"]
    func cell(_ date: LocalDate, _ marks: String) -> String {
      let day = date.parts.day
      return (day < 10 ? " \(day)" : "\(day)") + " " + marks
    }
    let jd = today.advanced(by: -3)
    let before = try daemon.repayctl(arguments)
    #expect(before.status == 0, "\(before.standardError)")
    #expect(before.standardOutput.contains(cell(jd, "!")), "\(before.standardOutput)")
    #expect(before.standardOutput.contains(cell(today.advanced(by: 5), "~")))
    #expect(before.standardOutput.contains(cell(holiday, " H")))
    #expect(before.standardOutput.contains("[\(today.parts.day)]"))

    #expect(try daemon.repayctl(["pay", "jd"]).status == 0)
    let after = try daemon.repayctl(arguments).standardOutput
    #expect(after.contains(cell(jd, "✓")), "\(after)")
    #expect(!after.contains(cell(jd, "!")))

    // The configuration alone knows nothing of the payment.
    let offline = try daemon.repayctl(arguments + ["--config", daemon.configPath]).standardOutput
    #expect(offline.contains(cell(jd, "!")), "\(offline)")
    let configHome = daemon.folder + "/config"
    try FileManager.default.createDirectory(atPath: configHome + "/repayd", withIntermediateDirectories: true)
    try household.write(toFile: configHome + "/repayd/repayd.toml", atomically: true, encoding: .utf8)
    let unanswered = try daemon.repayctl(
      arguments,
      environment: ["REPAYD_ADDRESS": "unix:\(daemon.folder)/nobody.sock", "XDG_CONFIG_HOME": configHome])
    #expect(unanswered.status == 0, "\(unanswered.standardError)")
    #expect(unanswered.standardOutput == offline)
    // --address names the daemon as for the other commands, over REPAYD_ADDRESS.
    let addressed = try daemon.repayctl(
      arguments + ["--address", daemon.address],
      environment: ["REPAYD_ADDRESS": "unix:\(daemon.folder)/nobody.sock"])
    #expect(addressed.standardOutput == after, "\(addressed.standardError)")
  }
}
