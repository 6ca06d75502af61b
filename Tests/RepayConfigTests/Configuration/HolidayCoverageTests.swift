import Foundation
import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// Issue 20, item 10: holiday calendars that end before the due dates a business-day rule should
/// move over them. The warning is at the `holidays` key, for due dates from today to a year on.
struct HolidayCoverageTests {
  /// A configuration naming `list` (a holiday list's text) and holding `loans`; its warnings on
  /// `today`, and where the `holidays` key is written.
  private func warnings(list: String, loans: String, today: String, language: Language = .english) throws
    -> (warnings: [String], fixture: ConfigurationFixture)
  {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("cn.txt", list)
    try fixture.write(
      "repayd.toml",
      """
      [daemon]
      timezone = "Asia/Shanghai"
      ⟨holidays = ["cn.txt"]
      \(loans)
      """)
    let report = fixture.read("repayd.toml")
    #expect(report.diagnostics.map(\.description) == [])
    let configuration = try #require(report.configuration)
    let found = HolidayCoverage.warnings(
      configuration, today: LocalDate(parsing: today)!, language: language
    ).map(\.description)
    return (found, fixture)
  }

  private func loan(_ id: String, businessDay: String = "following", installments: Int = 24) -> String {
    """
    [[loan]]
    id = "\(id)"
    name = "\(id)"
    amount = "100.00"
    currency = "CNY"
    due = { day = 10 }
    installments = \(installments)
    first_due = 2026-01-10
    business_day = "\(businessDay)"
    """
  }

  @Test("a loan moved by business days with due dates after the calendars' last year: a warning at the key")
  func runsOut() throws {
    let (found, fixture) = try warnings(
      list: "covers 2026\n2026-10-01 holiday\n", loans: loan("huabei") + "\n" + loan("jd"),
      today: "2026-12-07")
    #expect(
      found == [
        fixture.expected(
          "",
          "the holiday calendars end with 2026, but due dates within 12 months fall after it (huabei, jd), and "
            + "there only weekends move them; add the list of 2027 when the State Council publishes it, usually "
            + "in November (docs/config.md)", severity: .warning)
      ])
    let chinese = try warnings(
      list: "covers 2026\n", loans: loan("huabei"), today: "2026-12-07", language: .simplifiedChinese)
    #expect(
      chinese.warnings == [
        chinese.fixture.expected(
          "",
          "节假日日历只到 2026 年，但 12 个月内有其后的还款日（huabei），这些日期只按周末顺延；国务院公布 2027 年安排后（通常在 11 月）请添加该年的列表（见 docs/config.md）",
          severity: .warning)
      ])
  }

  @Test("nothing to say when the calendars cover the next 12 months, or no loan needs them there")
  func covered() throws {
    // Covered through 2027: the window ends 2027-12-07.
    #expect(
      try warnings(list: "covers 2026\ncovers 2027\n", loans: loan("huabei"), today: "2026-12-07").warnings
        == [])
    // The window (to 2027-01-01, not included) holds no 2027 date.
    #expect(try warnings(list: "covers 2026\n", loans: loan("huabei"), today: "2026-01-01").warnings == [])
    // The loan ends in 2026, or no business-day rule moves its dates.
    #expect(
      try warnings(list: "covers 2026\n", loans: loan("huabei", installments: 12), today: "2026-12-07")
        .warnings
        == [])
    #expect(
      try warnings(list: "covers 2026\n", loans: loan("huabei", businessDay: "none"), today: "2026-12-07")
        .warnings
        == [])
  }

  @Test("many loans: the first three named, the rest counted")
  func manyLoans() throws {
    let loans = ["a", "b", "c", "d", "e"].map { loan($0) }.joined(separator: "\n")
    let found = try warnings(list: "covers 2026\n", loans: loans, today: "2026-12-07").warnings
    #expect(found.count == 1 && found[0].contains("(a, b, c and 2 more)"), "\(found)")
  }

  @Test("a list's last year: the one it declares, else its latest date's")
  func lastYear() throws {
    // The 2018 notice listed 2019-01-01: declared, 2018 is the list's last year all the same.
    let declared = try HolidayListReader.read(
      Array("covers 2018\n2018-12-30 holiday\n2019-01-01 holiday\n".utf8), file: "cn-2018.txt",
      language: .english)
    #expect(declared.lastYear == 2018)
    let undeclared = try HolidayListReader.read(
      Array("2018-12-30 holiday\n2019-01-01 holiday\n".utf8), file: "cn-2018.txt", language: .english)
    #expect(undeclared.lastYear == 2019)
    var merged = declared
    merged.merge(HolidayCalendar(holidays: [LocalDate(year: 2020, month: 1, day: 1)!]))
    #expect(merged.lastYear == 2020)
    #expect(throws: Diagnostics.self) {
      try HolidayListReader.read(Array("covers 26\n".utf8), file: "x.txt", language: .english)
    }
  }
}
