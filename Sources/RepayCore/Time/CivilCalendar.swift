/// Arithmetic on the proleptic Gregorian calendar with days counted from 1970-01-01, the
/// epoch of Unix time. Pure integer arithmetic, exact for every year an `Int` can hold.
///
/// The conversions are Howard Hinnant's `days_from_civil` and `civil_from_days`, which count
/// 400-year eras starting on 1 March so that the leap day falls at the end of a year.
public enum CivilCalendar {
  /// Seconds in a day.
  public static let secondsPerDay = 86_400

  /// The number of days from 1970-01-01 to the given date (negative before it).
  /// `month` is 1 to 12; `day` may lie outside the month, and counts on from its first day.
  public static func days(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date that lies `days` days after 1970-01-01.
  public static func date(days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The day of the week of the day `days` after 1970-01-01: 0 Sunday, 1 Monday ... 6 Saturday
  /// (1970-01-01 was a Thursday).
  public static func weekday(days: Int) -> Int {
    let weekday = (days + 4) % 7
    return weekday < 0 ? weekday + 7 : weekday
  }

  /// Whether `year` has a 29 February.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` (1 to 12) of `year`.
  public static func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// `value` divided by `divisor` rounded towards negative infinity, with the remainder in
  /// `0..<divisor`; `divisor` must be positive.
  public static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
    let remainder = value % divisor
    return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
  }
}
