/// A loan's nominal due dates in order, each with its instalment number (1 for the first due
/// date), starting from a given date rather than from the loan's beginning where the rule
/// allows it, so that a mortgage begun years ago costs nothing for the years behind it.
public struct NominalDueDates: IteratorProtocol {
  // The rule's parts are taken apart once, so that each step copies nothing.
  private let monthlyDay: Int?
  private let calendarRule: CalendarDates.Answers?
  private let listedDates: ArraySlice<LocalDate>
  private let firstDue: LocalDate
  private let count: Int?
  private var installment: Int
  private var lastDate: LocalDate?

  /// The dates of `loan` from the first instalment whose nominal date is on or after `start`
  /// (possibly a few earlier ones first); `calendar` evaluates a calendar rule.
  public init(of loan: Loan, from start: LocalDate, calendar: CalendarDates) {
    firstDue = loan.firstDue
    if case .installments(let count) = loan.term { self.count = count } else { count = nil }
    installment = 0
    switch loan.dueRule {
    case .monthlyDay(let day):
      (monthlyDay, calendarRule, listedDates) = (day, nil, [])
      // One instalment a month: skip whole months before `start`, keeping one spare.
      let (firstYear, firstMonth, _) = loan.firstDue.parts
      let (year, month, _) = start.parts
      installment = max(0, (year - firstYear) * 12 + (month - firstMonth) - 1)
    case .dates(let dates):
      let listed = dates[(dates.firstIndex { $0 >= loan.firstDue } ?? dates.count)...]
      (monthlyDay, calendarRule, listedDates) = (nil, nil, listed)
      installment = max(0, (listed.firstIndex { $0 >= start } ?? listed.endIndex) - listed.startIndex)
    case .calendar(let rule):
      // Numbering counts every match from the first due date, so walk them.
      (monthlyDay, calendarRule, listedDates) = (nil, calendar.answers(for: rule), [])
    }
  }

  /// The next instalment number and nominal date, or nil after the last instalment.
  public mutating func next() -> (installment: Int, date: LocalDate)? {
    if let count, installment >= count { return nil }
    let date: LocalDate?
    if let monthlyDay {
      let (firstYear, firstMonth, _) = firstDue.parts
      let (yearOffset, month) = CivilCalendar.floorDivision(firstMonth - 1 + installment, 12)
      date = DueRule.clampedDate(day: monthlyDay, year: firstYear + yearOffset, month: month + 1)
    } else if let calendarRule {
      date = calendarRule.firstDate(onOrAfter: lastDate.map { $0.advanced(by: 1) } ?? firstDue)
    } else {
      let index = listedDates.startIndex + installment
      date = index < listedDates.endIndex ? listedDates[index] : nil
    }
    guard let date else { return nil }
    installment += 1
    lastDate = date
    return (installment, date)
  }
}
