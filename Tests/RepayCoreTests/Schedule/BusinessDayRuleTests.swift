import RepayCore
import Testing

/// The business-day rule over weekends, holidays and make-up working days, with mainland
/// China's 2025 National Day week as published: 1 to 8 October off, Sunday 28 September and
/// Saturday 11 October worked.
struct BusinessDayRuleTests {
  private func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    LocalDate(year: year, month: month, day: day)!
  }

  private var nationalDay2025: HolidayCalendar {
    HolidayCalendar(
      holidays: Set((1...8).map { date(2025, 10, $0) }),
      makeUpWorkdays: [date(2025, 9, 28), date(2025, 10, 11)])
  }

  @Test("a due date in the holiday week moves to the first working day after it, or the last before it")
  func holidayWeek() {
    #expect(
      BusinessDayRule.following.effectiveDate(of: date(2025, 10, 3), in: nationalDay2025) == date(2025, 10, 9)
    )
    #expect(
      BusinessDayRule.preceding.effectiveDate(of: date(2025, 10, 3), in: nationalDay2025) == date(2025, 9, 30)
    )
    #expect(
      BusinessDayRule.none.effectiveDate(of: date(2025, 10, 3), in: nationalDay2025) == date(2025, 10, 3))
  }

  @Test("a weekend day worked to make up for the holiday is a business day")
  func makeUpDays() {
    #expect(date(2025, 9, 28).isWeekend && date(2025, 10, 11).isWeekend)
    #expect(
      BusinessDayRule.following.effectiveDate(of: date(2025, 9, 28), in: nationalDay2025) == date(2025, 9, 28)
    )
    #expect(
      BusinessDayRule.preceding.effectiveDate(of: date(2025, 10, 11), in: nationalDay2025)
        == date(2025, 10, 11))
    // The Sunday after it is an ordinary weekend day again.
    #expect(
      BusinessDayRule.following.effectiveDate(of: date(2025, 10, 12), in: nationalDay2025)
        == date(2025, 10, 13))
  }

  @Test("without holidays only weekends move: Saturday 28 November 2026")
  func weekends() {
    let saturday = date(2026, 11, 28)
    #expect(saturday.isoWeekday == 6)
    #expect(
      BusinessDayRule.following.effectiveDate(of: saturday, in: HolidayCalendar()) == date(2026, 11, 30))
    #expect(
      BusinessDayRule.preceding.effectiveDate(of: saturday, in: HolidayCalendar()) == date(2026, 11, 27))
  }

  @Test("dates know their parts, weekday and text")
  func dates() {
    #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
    #expect(LocalDate(year: 2028, month: 2, day: 29)?.description == "2028-02-29")
    #expect(date(1970, 1, 1).daysSinceEpoch == 0 && date(1970, 1, 1).isoWeekday == 4)
    #expect(date(2026, 12, 31).advanced(by: 1) == date(2027, 1, 1))
  }
}
