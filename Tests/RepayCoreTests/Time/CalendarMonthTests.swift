import RepayCore
import Testing

/// A month of the civil calendar, named `YYYY-MM` on the command line and in replies.
struct CalendarMonthTests {
  @Test("YYYY-MM is a month; anything else is not", arguments: ["2026-02", "0001-01", "9999-12"])
  func valid(text: String) {
    #expect(CalendarMonth(parsing: text)?.description == text)
  }

  @Test(
    "not a month",
    arguments: [
      "2026-13", "2026-00", "2026-2", "26-02", "2026-02-01", "2026/02", "", "2026-", "二〇二六-02", "+026-02",
    ])
  func invalid(text: String) {
    #expect(CalendarMonth(parsing: text) == nil)
  }

  @Test("months advance across years, and know their days")
  func arithmetic() throws {
    let november = CalendarMonth(year: 2025, month: 11)
    #expect(november.advanced(by: 3).description == "2026-02")
    #expect(november.advanced(by: -11).description == "2024-12")
    #expect(november.advanced(by: 3).dayCount == 28)
    #expect(CalendarMonth(year: 2024, month: 2).dayCount == 29)
    #expect(november.firstDay == LocalDate(year: 2025, month: 11, day: 1))
    #expect(november.contains(try #require(LocalDate(parsing: "2025-11-30"))))
    #expect(!november.contains(try #require(LocalDate(parsing: "2025-12-01"))))
    #expect(
      CalendarMonth(containing: try #require(LocalDate(parsing: "2026-02-28"))).description == "2026-02")
  }
}
