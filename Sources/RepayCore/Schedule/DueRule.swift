/// When a loan's instalments fall due, before the business-day rule moves them.
public enum DueRule: Sendable {
  /// Day N of every month (1 to 31), the last day of months shorter than that.
  case monthlyDay(Int)
  /// The dates a calendar expression matches. Boxed: the rule is 120 bytes, and kept inline it
  /// would make every loan that large, with 10,000 loans held for the daemon's life.
  indirect case calendar(CalendarDateRule)
  /// These dates, ascending and distinct.
  case dates([LocalDate])

  /// The date day `day` gives in a month: `day`, or the month's last day when it has fewer.
  public static func clampedDate(day: Int, year: Int, month: Int) -> LocalDate {
    LocalDate(year: year, month: month, day: min(day, CivilCalendar.daysInMonth(month, year: year)))!
  }
}
