import RepayCore

/// Timestamps as systemd prints them, so that `repayctl analyze-calendar` reads like
/// `systemd-analyze calendar`: `Wed 2023-11-15 09:30:00 CET` and `3 years 0 months ago`.
enum SystemdTimestampText {
  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

  /// systemd's `format_timestamp`: whole seconds in `zone`, with its abbreviation.
  static func timestamp(microseconds: Int64, zone: TimeZoneRules) -> String {
    let seconds = CivilCalendar.floorDivision(Int(microseconds), 1_000_000).quotient
    let offset = zone.offset(at: Int64(seconds))
    let local = seconds + offset.secondsEastOfUTC
    let (days, secondOfDay) = CivilCalendar.floorDivision(local, CivilCalendar.secondsPerDay)
    let date = CivilCalendar.date(days: days)
    func pad(_ value: Int, _ width: Int = 2) -> String {
      String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
    }
    return
      "\(weekdays[CivilCalendar.weekday(days: days)]) \(pad(date.year, 4))-\(pad(date.month))-\(pad(date.day)) "
      + "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60)) \(offset.abbreviation)"
  }

  /// systemd's `format_timestamp_relative`: how far `microseconds` lies from `now`.
  static func relative(microseconds: Int64, now: Int64) -> String {
    let (distance, suffix) = now > microseconds ? (now - microseconds, " ago") : (microseconds - now, " left")
    let second: Int64 = 1_000_000
    let minute = 60 * second
    let hour = 60 * minute
    let day = 24 * hour
    let week = 7 * day
    let month = 2_629_800 * second
    let year = 31_557_600 * second
    func plural(_ count: Int64, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    if distance >= year {
      return plural(distance / year, "year") + " " + plural(distance % year / month, "month") + suffix
    } else if distance >= month {
      return plural(distance / month, "month") + " " + plural(distance % month / day, "day") + suffix
    } else if distance >= week {
      return plural(distance / week, "week") + " " + plural(distance % week / day, "day") + suffix
    } else if distance >= 2 * day {
      return "\(distance / day) days\(suffix)"
    } else if distance >= 25 * hour {
      return "1 day \((distance - day) / hour)h\(suffix)"
    } else if distance >= 6 * hour {
      return "\(distance / hour)h\(suffix)"
    } else if distance >= hour {
      return "\(distance / hour)h \(distance % hour / minute)min\(suffix)"
    } else if distance >= 5 * minute {
      return "\(distance / minute)min\(suffix)"
    } else if distance >= minute {
      return "\(distance / minute)min \(distance % minute / second)s\(suffix)"
    } else if distance >= second {
      return "\(distance / second)s\(suffix)"
    } else if distance >= 1000 {
      return "\(distance / 1000)ms\(suffix)"
    } else if distance > 0 {
      return "\(distance)us\(suffix)"
    }
    return "now"
  }
}
