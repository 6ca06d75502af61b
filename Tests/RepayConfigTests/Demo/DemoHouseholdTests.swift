import Foundation
import RepayConfig
import RepayCore
import Testing

/// The demo household: the compiled-in text is `seeds/demo.toml`, and placed at any start it is
/// a valid configuration whose first loan's advance, due and overdue notices fall within the
/// first minute.
struct DemoHouseholdTests {
  private static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test("the compiled-in template is seeds/demo.toml, byte for byte")
  func templateIsTheSeed() throws {
    let seed = try String(
      contentsOf: Self.repositoryRoot.appendingPathComponent("seeds/demo.toml"), encoding: .utf8)
    #expect(DemoHousehold.template + "\n" == seed)
  }

  @Test(
    "placed at a start, the household is valid and the first loan's stages fire 10, 20 and 35 s after its due time",
    arguments: [
      ("Asia/Shanghai", "2026-12-01T08:00:00Z", 20),
      ("Asia/Shanghai", "2026-12-01T15:59:50Z", 20),  // 10 s before midnight
      ("Europe/Berlin", "2026-03-29T00:59:50Z", 20),  // 10 s before the gap of spring
      ("Europe/Berlin", "2026-10-25T00:30:00Z", 20),  // in the first of the two 02:30s of autumn
      // In the second 02:30 every local time of the hour fires at its first occurrence, an hour
      // ago: the first loan falls due an hour later, at 03:30:20.
      ("Europe/Berlin", "2026-10-25T01:30:00Z", 3_620),
    ] as [(String, String, Int64)])
  func placed(zone name: String, start: String, dueDelay: Int64) throws {
    let now = Int64(ISO8601DateFormatter().date(from: start)!.timeIntervalSince1970)
    let zone = try SystemTimeZone.rules(for: name, environment: [:])
    let text = DemoHousehold.configuration(at: now, zone: zone)
    #expect(!text.contains("{{"))
    let report = ConfigurationReader.read(
      [("demo.toml", Array(text.utf8))], environment: ["TZ": name], language: .english)
    #expect(report.diagnostics.map(\.description) == [])
    let configuration = try #require(report.configuration)
    let window = RepaymentSchedule(configuration: configuration)
      .occurrences(from: zone.localDate(at: now).advanced(by: -1), days: 80)
    let first = try #require(window.occurrences.first { window.loan(of: $0).id == "huabei" })
    let delays = window.stages(of: first).map {
      "\($0.stage.rawValue) \($0.instant / 1_000_000 - now - dueDelay)"
    }
    #expect(delays.prefix(3) == ["advance -10", "due 0", "overdue 15"])
    #expect(window.occurrences.count == 8)
    // weilidai is 5 days overdue at every start, for the overdue playbook.
    let overdue = try #require(configuration.loans.first { $0.id == "weilidai" })
    let standing = LoanStanding(
      loan: overdue, paid: [:], today: zone.localDate(at: now), holidays: configuration.holidays)
    #expect(standing.daysOverdue == 5 && standing.oldestUnsettled?.status == .overdue)
  }
}
