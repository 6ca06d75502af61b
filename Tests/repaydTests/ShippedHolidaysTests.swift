import Foundation
import RepayTestSupport
import Testing

/// Issue 21: `holidays = ["cn"]` on the real binaries. Run from the build folder they find the
/// source tree's `seeds/holidays/`; a copy elsewhere (an installed program) finds the calendar
/// only in the data folders; repayd and `repayctl check` read it through the same code and say
/// the same.
struct ShippedHolidaysTests {
  private static let buildFolder = URL(fileURLWithPath: RepaydProcess.executable).deletingLastPathComponent()
  private static let seeds = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds/holidays")

  private func run(_ program: String, _ arguments: [String], data: URL) throws -> ChildProcess.Outcome {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
    environment["LANG"] = "C.UTF-8"
    environment["XDG_DATA_HOME"] = data.appendingPathComponent("home").path
    environment["XDG_DATA_DIRS"] = data.appendingPathComponent("shared").path
    return try ChildProcess.run(program, arguments, environment: environment)
  }

  @Test(
    "cn from the build folder's source tree; a copied program finds it only in XDG_DATA_DIRS; repayd and check agree"
  )
  func lookedUpLikeInstalled() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-cn-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let installed = folder.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
    for program in ["repayd", "repayctl-commands"] {
      try FileManager.default.copyItem(
        at: Self.buildFolder.appendingPathComponent(program), to: installed.appendingPathComponent(program))
    }
    let config = folder.appendingPathComponent("repayd.toml").path
    // National Day 2026: 1 to 7 October are holidays, so a loan due on the 1st is due on the 8th.
    try """
    [daemon]
    timezone = "Asia/Shanghai"
    holidays = ["cn"]

    [[loan]]
    id = "card"
    name = "Card"
    amount = "100.00"
    currency = "CNY"
    due = { dates = [2026-10-01] }
    business_day = "following"
    """.write(toFile: config, atomically: true, encoding: .utf8)

    let schedule = try run(
      Self.buildFolder.appendingPathComponent("repayctl").path,
      ["schedule", "--config", config, "--from", "2026-09-15", "--days", "60", "--json"], data: folder)
    #expect(schedule.status == 0, "\(schedule.standardError)")
    #expect(schedule.standardOutput.contains(#""due": "2026-10-08""#), "\(schedule.standardOutput)")

    let searched = ["home", "shared"].map { folder.appendingPathComponent("\($0)/repayd/holidays").path }
    let error =
      "\(config):3:13: error: no holiday calendar is named 'cn' (searched \(searched.joined(separator: ", ")); "
      + "none is there); a holiday file is named by its path, with a '/' or ending in .ics or .txt\n"
    let check = try run(
      installed.appendingPathComponent("repayctl-commands").path, ["check", "--config", config], data: folder)
    #expect(check.status == 1 && check.standardError == error)
    let daemon = try run(
      installed.appendingPathComponent("repayd").path,
      ["--config", config, "--state-dir", folder.appendingPathComponent("state").path], data: folder)
    #expect(daemon.status == 1 && daemon.standardError == error)

    let shipped = folder.appendingPathComponent("shared/repayd/holidays")
    try FileManager.default.createDirectory(at: shipped, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Self.seeds.appendingPathComponent("cn-2026.ics"), to: shipped.appendingPathComponent("cn-2026.ics"))
    let found = try run(
      installed.appendingPathComponent("repayctl-commands").path,
      ["schedule", "--config", config, "--from", "2026-09-15", "--days", "60", "--json"], data: folder)
    #expect(found.status == 0, "\(found.standardError)")
    #expect(found.standardOutput.contains(#""due": "2026-10-08""#), "\(found.standardOutput)")
  }
}
