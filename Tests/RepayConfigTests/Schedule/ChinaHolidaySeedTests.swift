import Foundation
import RepayConfig
import RepayCore
import RepayTestSupport
import Testing

/// The mainland-China holiday lists in `seeds/holidays/`, checked day by day against the
/// chinese-calendar package from PyPI (installed into `.build/venv` by `scripts/install-deps`),
/// an independent transcription of the same State Council notices.
struct ChinaHolidaySeedTests {
  private static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Schedule
    .deletingLastPathComponent()  // RepayConfigTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  private static let years = 2025...2026

  @Test("the seed lists of 2025 and 2026 agree with chinese-calendar on every day")
  func agreesWithChineseCalendar() throws {
    var seeds = HolidayCalendar()
    for year in Self.years {
      let file = "seeds/holidays/cn-\(year).txt"
      let bytes = try Data(contentsOf: Self.packageRoot.appendingPathComponent(file))
      let calendar = try HolidayListReader.read(Array(bytes), file: file, language: .english)
      let outside = (calendar.holidays.union(calendar.makeUpWorkdays)).filter { $0.parts.year != year }
      #expect(outside.isEmpty, "\(file) lists days of another year: \(outside.sorted())")
      seeds.merge(calendar)
    }

    let days = try Self.chineseCalendarDays()
    #expect(days.count == 730, "chinese-calendar described \(days.count) days of 2025 and 2026")
    var named: (holidays: Set<LocalDate>, workdays: Set<LocalDate>) = ([], [])
    for day in days {
      #expect(
        seeds.isBusinessDay(day.date) == day.isWorkday,
        "\(day.date): chinese-calendar says \(day.isWorkday ? "a working day" : "a day off")")
      if day.isNamed {
        if day.isWorkday { named.workdays.insert(day.date) } else { named.holidays.insert(day.date) }
      }
    }
    // Also the lists themselves: no ordinary weekend listed as a holiday, no day left out.
    #expect(seeds.holidays.subtracting(named.holidays).sorted() == [], "holidays only in the seeds")
    #expect(named.holidays.subtracting(seeds.holidays).sorted() == [], "holidays missing from the seeds")
    #expect(seeds.makeUpWorkdays.sorted() == named.workdays.sorted())
  }

  /// One day as chinese-calendar describes it.
  private struct Day {
    var date: LocalDate
    var isWorkday: Bool
    /// Whether the day is in the package's statutory tables (a holiday or a make-up workday).
    var isNamed: Bool
  }

  /// Every day of `years` from `Tests/oracles/chinese_calendar_days.py`. Fails, saying what to
  /// run, when the virtual environment is missing, as every oracle test does.
  private static func chineseCalendarDays() throws -> [Day] {
    let python = packageRoot.appendingPathComponent(".build/venv/bin/python").path
    try #require(
      FileManager.default.isExecutableFile(atPath: python),
      "no \(python): run scripts/install-deps to install chinese-calendar")
    let outcome = try ChildProcess.run(
      python,
      [
        packageRoot.appendingPathComponent("Tests/oracles/chinese_calendar_days.py").path,
        "\(years.lowerBound)", "\(years.upperBound)",
      ])
    try #require(outcome.status == 0, "the chinese-calendar script failed: \(outcome.standardError)")
    return try outcome.standardOutput.split(separator: "\n").map { line in
      let fields = line.split(separator: " ")
      let parts = fields.first?.split(separator: "-").compactMap { Int($0) } ?? []
      let date = try #require(
        fields.count == 3 && parts.count == 3
          ? LocalDate(year: parts[0], month: parts[1], day: parts[2]) : nil,
        "unreadable line from the chinese-calendar script: \(line)")
      return Day(date: date, isWorkday: fields[1] == "work", isNamed: fields[2] == "named")
    }
  }
}
