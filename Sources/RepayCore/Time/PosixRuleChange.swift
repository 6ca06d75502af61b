/// When, in each year, a POSIX TZ rule switches between standard and daylight saving time: a
/// day of the year and a local time of day (POSIX `date[/time]`, with RFC 8536's extension of
/// the hours to -167 through 167).
struct PosixRuleChange: Hashable, Sendable {
  /// How the rule names the day.
  enum Day: Hashable, Sendable {
    /// `Jn`: the n-th day of the year, 1 to 365, never counting 29 February (J60 is 1 March).
    case julianSkippingLeapDay(Int)
    /// `n`: the day n days after 1 January, 0 to 365, counting 29 February.
    case zeroBasedDayOfYear(Int)
    /// `Mm.w.d`: weekday `weekday` (0 Sunday) of week `week` (1 to 5, 5 meaning the last)
    /// of month `month` (1 to 12).
    case weekdayOfMonth(month: Int, week: Int, weekday: Int)
  }

  /// The day of the change.
  var day: Day
  /// The local time of the change in seconds after midnight of `day`; may be negative or pass
  /// into following days.
  var secondsAfterMidnight: Int

  /// The local wall-clock time of the change in `year`, written as seconds since 1970 as if
  /// it were UTC.
  func localSeconds(inYear year: Int) -> Int {
    dayNumber(inYear: year) * CivilCalendar.secondsPerDay + secondsAfterMidnight
  }

  /// Days from 1970-01-01 to the day of the change in `year`.
  private func dayNumber(inYear year: Int) -> Int {
    switch day {
    case .julianSkippingLeapDay(let day):
      let leapDay = CivilCalendar.isLeapYear(year) && day >= 60 ? 1 : 0
      return CivilCalendar.days(year: year, month: 1, day: day + leapDay)
    case .zeroBasedDayOfYear(let day):
      return CivilCalendar.days(year: year, month: 1, day: day + 1)
    case .weekdayOfMonth(let month, let week, let weekday):
      let first = CivilCalendar.days(year: year, month: month, day: 1)
      let firstMatching =
        first + CivilCalendar.floorDivision(weekday - CivilCalendar.weekday(days: first), 7).remainder
      let candidate = firstMatching + 7 * (week - 1)
      // Week 5 means the last such weekday, which may be the fourth.
      return candidate < first + CivilCalendar.daysInMonth(month, year: year) ? candidate : candidate - 7
    }
  }
}
