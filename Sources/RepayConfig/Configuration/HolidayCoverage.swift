import RepayCore

/// Whether the holiday calendars reach as far as the loans that move their due dates over them:
/// past the last year every calendar covers, a business-day rule moves a date over weekends
/// only, quietly. Pure: "today" is a parameter, so that `repayctl check` and the daemon's
/// status each ask for their own day.
public enum HolidayCoverage {
  /// How far ahead it looks: due dates from `today` up to the same day a year on.
  public static let months = 12

  /// A warning at the `holidays` key when a loan with a business-day rule has a due date from
  /// `today` to a year on (not included) in a year after the last one any configured calendar
  /// covers, naming the first such loans and that year; none without a configured calendar.
  public static func warnings(_ configuration: Configuration, today: LocalDate, language: Language)
    -> [Diagnostic]
  {
    guard let key = configuration.holidaysKey, let lastYear = configuration.holidays.lastYear else {
      return []
    }
    let (year, month, day) = today.parts
    // The same day a year on; 28 February for a 29 February.
    let end =
      LocalDate(year: year + 1, month: month, day: day) ?? LocalDate(year: year + 1, month: month, day: 28)!
    guard end.parts.year > lastYear else { return [] }
    // The first day no calendar covers, or today when that is later.
    let start = max(today, LocalDate(year: lastYear + 1, month: 1, day: 1)!)
    let calendar = CalendarDates()
    let loans = configuration.loans.filter { loan in
      guard loan.businessDay != .none else { return false }
      var dates = EffectiveDueDates(
        of: loan, from: start, holidays: configuration.holidays, calendar: calendar)
      while let (_, scheduled, _) = dates.next(), scheduled < end {
        if scheduled >= start { return true }
      }
      return false
    }
    guard !loans.isEmpty else { return [] }
    let problem = ConfigProblem.holidaysRunOut(
      lastYear: lastYear, loans: loans.prefix(3).map(\.id), more: loans.count - min(loans.count, 3))
    return [Diagnostic(.warning, at: key, problem.message(in: language))]
  }
}
