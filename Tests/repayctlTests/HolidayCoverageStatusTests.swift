import Foundation
import Testing

/// `repayctl status` against the real repayd says what `repayctl check` says of holiday
/// calendars that end before the next 12 months' due dates: the same warning, at the
/// configuration's `holidays` key, on standard error and in `--json`'s configuration warnings.
struct HolidayCoverageStatusTests {
  @Test("status warns, at the holidays key, that the calendars end before the due dates they should move")
  func statusSaysTheCalendarsRunOut() throws {
    let list = FileManager.default.temporaryDirectory.appendingPathComponent("cn-\(UUID().uuidString).txt")
      .path
    defer { try? FileManager.default.removeItem(atPath: list) }
    let year = try LiveDaemon.rules().localDate(at: Int64(Date().timeIntervalSince1970)).parts.year
    try "covers \(year - 1)\n\(year - 1)-10-01 holiday\n".write(
      toFile: list, atomically: true, encoding: .utf8)
    let daemon = try LiveDaemon(
      household: HolidaysRunningOut.configuration(list: list, year: year, zone: LiveDaemon.zone))
    defer { daemon.stop() }
    let expected = "\(daemon.configPath):3:1: warning: \(HolidaysRunningOut.message(lastYear: year - 1))"
    let status = try daemon.repayctl(["status"])
    #expect(status.status == 0, "\(status.standardError)")
    #expect(status.standardError == expected + "\n")
    let json = try daemon.repayctl(["status", "--json"])
    let reply = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    let warnings = try #require((reply["configuration"] as? [String: Any])?["warnings"] as? [[String: Any]])
    #expect(warnings.count == 1)
    #expect(warnings.first?["line"] as? Int == 3 && warnings.first?["severity"] as? String == "warning")
  }
}
