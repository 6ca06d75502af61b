import RepayCore

/// A calendar date as TOML writes it (`2026-12-10`), already checked to exist
/// (month 1 to 12, day within the month, 29 February only in leap years).
public struct TOMLLocalDate: Hashable, Sendable, CustomStringConvertible {
  /// The year, 0 to 9999.
  public var year: Int
  /// The month, 1 to 12.
  public var month: Int
  /// The day of the month, 1 to 31.
  public var day: Int

  /// Creates a date without checking it; the reader only produces valid dates.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    "\(ZeroPadded.text(year, width: 4))-\(ZeroPadded.text(month, width: 2))-\(ZeroPadded.text(day, width: 2))"
  }
}

/// A time of day as TOML writes it (`09:30:00`, `07:32:00.999`), with nanosecond precision.
/// Digits of a fraction beyond nanoseconds are truncated, as the TOML specification asks.
public struct TOMLLocalTime: Hashable, Sendable, CustomStringConvertible {
  /// The hour, 0 to 23.
  public var hour: Int
  /// The minute, 0 to 59.
  public var minute: Int
  /// The second, 0 to 60 (60 only for a leap second).
  public var second: Int
  /// The fraction of the second in nanoseconds, 0 to 999,999,999.
  public var nanosecond: Int

  /// Creates a time without checking it; the reader only produces valid times.
  public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
    self.hour = hour
    self.minute = minute
    self.second = second
    self.nanosecond = nanosecond
  }

  /// `HH:MM:SS`, followed by `.` and the fraction without trailing zeros when it is not zero.
  public var description: String {
    var text =
      "\(ZeroPadded.text(hour, width: 2)):\(ZeroPadded.text(minute, width: 2)):\(ZeroPadded.text(second, width: 2))"
    if nanosecond != 0 {
      var fraction = ZeroPadded.text(nanosecond, width: 9)
      while fraction.hasSuffix("0") { fraction.removeLast() }
      text += "." + fraction
    }
    return text
  }
}

/// A date and a time of day without an offset (`2026-12-10T09:30:00`).
public struct TOMLLocalDateTime: Hashable, Sendable, CustomStringConvertible {
  /// The date.
  public var date: TOMLLocalDate
  /// The time of day.
  public var time: TOMLLocalTime

  /// Creates a local date-time.
  public init(date: TOMLLocalDate, time: TOMLLocalTime) {
    self.date = date
    self.time = time
  }

  /// `YYYY-MM-DDTHH:MM:SS[.fraction]`.
  public var description: String { "\(date)T\(time)" }
}

/// A date and time with its offset from UTC (`2026-12-10T09:30:00+08:00`, `...Z`).
public struct TOMLOffsetDateTime: Hashable, Sendable, CustomStringConvertible {
  /// The date and time as written, in the offset's local time.
  public var local: TOMLLocalDateTime
  /// The offset east of UTC in minutes; `Z` and `-00:00` are 0.
  public var offsetMinutes: Int

  /// Creates an offset date-time.
  public init(local: TOMLLocalDateTime, offsetMinutes: Int) {
    self.local = local
    self.offsetMinutes = offsetMinutes
  }

  /// RFC 3339: the local form followed by `Z` for a zero offset, else `+HH:MM` or `-HH:MM`.
  public var description: String {
    guard offsetMinutes != 0 else { return "\(local)Z" }
    let sign = offsetMinutes < 0 ? "-" : "+"
    let magnitude = abs(offsetMinutes)
    return
      "\(local)\(sign)\(ZeroPadded.text(magnitude / 60, width: 2)):\(ZeroPadded.text(magnitude % 60, width: 2))"
  }
}
