/// A loan's unpaid instalments in order of due date: each one's number, nominal date and
/// effective date after the business-day rule, leaving out those that `paid_through` counts as
/// paid. Both business-day rules keep the order of dates, so the effective dates rise too.
public struct EffectiveDueDates: IteratorProtocol {
  private var nominal: NominalDueDates
  private let paidThrough: LocalDate?
  private let businessDay: BusinessDayRule
  private let holidays: HolidayCalendar

  /// The instalments of `loan` from about `start` on (a few earlier ones may come first, never a
  /// later one left out), with holidays from `holidays`; `calendar` evaluates a calendar rule.
  public init(of loan: Loan, from start: LocalDate, holidays: HolidayCalendar, calendar: CalendarDates) {
    var first = start
    if let paidThrough = loan.paidThrough, paidThrough >= first { first = paidThrough.advanced(by: 1) }
    nominal = NominalDueDates(of: loan, from: first, calendar: calendar)
    paidThrough = loan.paidThrough
    businessDay = loan.businessDay
    self.holidays = holidays
  }

  /// The next unpaid instalment, or nil after the last one.
  public mutating func next() -> (installment: Int, scheduled: LocalDate, due: LocalDate)? {
    while let (installment, scheduled) = nominal.next() {
      if let paidThrough, scheduled <= paidThrough { continue }
      return (installment, scheduled, businessDay.effectiveDate(of: scheduled, in: holidays))
    }
    return nil
  }
}
