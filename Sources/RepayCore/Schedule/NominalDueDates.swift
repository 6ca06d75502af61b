/// A loan's nominal due dates in order, each with its instalment number (1 for the first due
/// date), starting from a given date rather than from the loan's beginning where the rule
/// allows it, so that a mortgage begun years ago costs nothing for the years behind it.
public struct NominalDueDates: IteratorProtocol {
  private let loan: Loan
  private let clock: SystemdCalendarClock
  private var installment: Int
  private var lastDate: LocalDate?

  /// The dates of `loan` from the first instalment whose nominal date is on or after `start`
  /// (possibly a few earlier ones first); `clock` evaluates a calendar rule.
  public init(of loan: Loan, from start: LocalDate, clock: SystemdCalendarClock) {
    self.loan = loan
    self.clock = clock
    installment = 0
    switch loan.dueRule {
    case .monthlyDay:
      // One instalment a month: skip whole months before `start`, keeping one spare.
      let (firstYear, firstMonth, _) = loan.firstDue.parts
      let (year, month, _) = start.parts
      installment = max(0, (year - firstYear) * 12 + (month - firstMonth) - 1)
    case .dates(let dates):
      let first = dates.firstIndex { $0 >= loan.firstDue } ?? dates.count
      let wanted = dates.firstIndex { $0 >= start } ?? dates.count
      installment = max(0, wanted - first)
    case .calendar:
      // Numbering counts every match from the first due date, so walk them.
      break
    }
  }

  /// The next instalment number and nominal date, or nil after the last instalment.
  public mutating func next() -> (installment: Int, date: LocalDate)? {
    if case .installments(let count) = loan.term, installment >= count { return nil }
    let date: LocalDate?
    switch loan.dueRule {
    case .monthlyDay(let day):
      let (firstYear, firstMonth, _) = loan.firstDue.parts
      let monthIndex = firstMonth - 1 + installment
      date = DueRule.clampedDate(
        day: day, year: firstYear + CivilCalendar.floorDivision(monthIndex, 12).quotient,
        month: CivilCalendar.floorDivision(monthIndex, 12).remainder + 1)
    case .dates(let dates):
      let first = dates.firstIndex { $0 >= loan.firstDue } ?? dates.count
      date = first + installment < dates.count ? dates[first + installment] : nil
    case .calendar(let rule):
      date = rule.firstDate(onOrAfter: lastDate.map { $0.advanced(by: 1) } ?? loan.firstDue, clock: clock)
    }
    guard let date else { return nil }
    installment += 1
    lastDate = date
    return (installment, date)
  }
}
