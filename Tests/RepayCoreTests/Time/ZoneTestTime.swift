import RepayCore

/// Civil date-times as seconds since 1970, for zone tests: an instant when the time is UTC, a
/// `localSeconds` value when it is a wall-clock time.
enum ZoneTestTime {
  /// The seconds of `year-month-day hour:minute:second` read as UTC.
  static func seconds(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0
  ) -> Int64 {
    Int64(
      CivilCalendar.days(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second)
  }

  /// Seconds in 400 Gregorian years, after which dates and weekdays repeat.
  static let gregorianCycle = Int64(146_097 * 86_400)
}
