import RepayConfig
import RepayCore
import Testing

struct HolidayListReaderTests {
  private func read(_ text: String, language: Language = .english) -> Result<HolidayCalendar, Diagnostics> {
    Result { () throws(Diagnostics) in
      try HolidayListReader.read(Array(text.utf8), file: "cn-2025.txt", language: language)
    }
  }

  @Test("holidays and make-up workdays, with comments and blank lines")
  func valid() throws {
    let calendar = try read(
      """
      # 国庆节 National Day 2025
      2025-10-01 holiday
      2025-10-02 holiday   # 中秋
      2025-09-28 workday

      """
    ).get()
    #expect(
      calendar.holidays == [
        LocalDate(year: 2025, month: 10, day: 1)!, LocalDate(year: 2025, month: 10, day: 2)!,
      ])
    #expect(calendar.makeUpWorkdays == [LocalDate(year: 2025, month: 9, day: 28)!])
  }

  @Test("every fault at once, each at its line and column, after Chinese text on the line")
  func faults() {
    guard
      case .failure(let diagnostics) = read(
        """
        2025-13-01 holiday
        2025-10-01
        2025-10-03 day-off
        2025-09-29 workday
        2025-10-01 holiday extra
        2025-10-04 holiday
        2025-10-04 workday
        """)
    else {
      Issue.record("accepted")
      return
    }
    #expect(
      diagnostics.items.map(\.description) == [
        "cn-2025.txt:1:1: error: '2025-13-01' is not a date; write YYYY-MM-DD",
        "cn-2025.txt:2:1: error: say what 2025-10-01 is: holiday or workday",
        "cn-2025.txt:3:12: error: 'day-off' is neither holiday nor workday",
        "cn-2025.txt:4:12: error: 2025-09-29 is a weekday already; a workday line is for a weekend day worked",
        "cn-2025.txt:5:20: error: only a date and holiday or workday belong on a line",
        "cn-2025.txt:7:12: error: 2025-10-04 is listed both as a holiday and as a workday (line 6)",
      ])
  }

  @Test("columns count characters: a fault after Chinese text")
  func chineseColumns() {
    guard case .failure(let diagnostics) = read("2025-10-01 节日", language: .simplifiedChinese) else {
      Issue.record("accepted")
      return
    }
    #expect(diagnostics.items.map(\.description) == ["cn-2025.txt:1:12: error: '节日' 既不是 holiday 也不是 workday"])
  }
}
