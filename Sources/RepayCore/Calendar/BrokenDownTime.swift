/// A date and time split into fields, like C's `struct tm`: the fields may run out of their
/// ranges (the 32nd of a month, hour 24), and normalizing them carries into the next field.
///
/// The calendar engine works on these because systemd's does, and its results depend on how
/// `mktime` normalizes them.
struct BrokenDownTime: Hashable {
  var year: Int
  /// 0 to 11, as in `struct tm`.
  var month: Int
  var day: Int
  var hour: Int
  var minute: Int
  var second: Int
  /// -1 unknown, 0 standard time, 1 daylight-saving time: `tm_isdst`.
  var isDaylightSaving: Int

  /// The fields read as a count of seconds since 1970-01-01 00:00:00 on a clock without
  /// zones: out-of-range fields carry over as `mktime` carries them.
  var localSeconds: Int64 {
    let (carry, month) = CivilCalendar.floorDivision(self.month, 12)
    let days = CivilCalendar.days(year: year + carry, month: month + 1, day: 1) + day - 1
    return Int64(days) * 86_400 + Int64(hour) * 3_600 + Int64(minute) * 60 + Int64(second)
  }

  /// The fields of a date and a second of that day (0 to 86,399).
  init(date: (year: Int, month: Int, day: Int), secondOfDay: Int, isDaylightSaving: Int) {
    year = date.year
    month = date.month - 1
    day = date.day
    hour = secondOfDay / 3_600
    minute = secondOfDay / 60 % 60
    second = secondOfDay % 60
    self.isDaylightSaving = isDaylightSaving
  }

  /// Whether every field, the daylight-saving flag included, equals `other`'s. (Written out, since
  /// the synthesized `==` compiles to a call to `memcmp` on the calendar search's hot path.)
  func hasSameFields(as other: BrokenDownTime) -> Bool {
    second == other.second && minute == other.minute && hour == other.hour && day == other.day
      && month == other.month && year == other.year && isDaylightSaving == other.isDaylightSaving
  }

  /// The day of the week: 0 Sunday to 6 Saturday (`tm_wday`).
  var weekday: Int {
    CivilCalendar.weekday(days: Int(CivilCalendar.floorDivision(Int(localSeconds), 86_400).quotient))
  }
}
