import RepayConfig
import RepayCore
import RepayDisplay
import Testing

/// The calendar from the configuration alone: what `paid_through` covers is paid, the rest
/// stands by its dates on today, with the loan's own advance window and grace days.
struct CalendarDueScheduledTests {
  @Test("paid_through settles, grace days keep a past date due, the advance window marks what is soon")
  func states() throws {
    let text = """
      [daemon]
      timezone = "Asia/Shanghai"

      [reminders]
      before = ["3d"]

      [[loan]]
      id = "a"
      name = "A"
      platform = "P"
      amount = "100.00"
      currency = "CNY"
      due = { dates = [2026-02-02, 2026-02-03, 2026-02-05, 2026-02-10, 2026-02-13, 2026-02-14, 2026-03-01] }
      paid_through = 2026-02-02
      business_day = "none"
      grace_days = 1
      """
    let report = ConfigurationReader.read(
      [(path: "a.toml", bytes: Array(text.utf8))], environment: [:], language: .english)
    let configuration = try #require(report.configuration, "\(report.diagnostics)")
    let today = try #require(LocalDate(parsing: "2026-02-10"))
    let from = try #require(LocalDate(parsing: "2026-02-01"))
    let dues = CalendarDue.scheduled(in: configuration, from: from, to: from.advanced(by: 28), today: today)
    #expect(
      dues.map(\.date.description) == [
        "2026-02-02", "2026-02-03", "2026-02-05", "2026-02-10", "2026-02-13", "2026-02-14",
      ])
    #expect(dues.map(\.state) == [.paid, .overdue, .overdue, .due, .soon, .later])
    #expect(dues[0].outstanding.minorUnits == 0 && dues[0].amount.minorUnits == 10_000)
    #expect(dues[1].outstanding.minorUnits == 10_000)
  }
}
