import RepayCore

/// Timestamps as systemd prints them, so that `repayctl analyze-calendar` reads like
/// `systemd-analyze calendar`: `Wed 2023-11-15 09:30:00 CET` and `3 years 0 months ago`.
enum SystemdTimestampText {
  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

  /// systemd's `format_timestamp`: whole seconds in `zone`, with its abbreviation
  /// (`Wed 2023-11-15 09:30:00 CET`), appended as UTF-8 to `output`.
  static func appendTimestamp(microseconds: Int64, zone: PreparedTimeZone, to output: inout [UInt8]) {
    let seconds = CivilCalendar.floorDivision(Int(microseconds), 1_000_000).quotient
    let offset = zone.offset(at: Int64(seconds))
    let (days, secondOfDay) = CivilCalendar.floorDivision(
      seconds + offset.secondsEastOfUTC, CivilCalendar.secondsPerDay)
    let date = CivilCalendar.date(days: days)
    func digits(_ value: Int, _ width: Int) {
      var divisor = 1
      for _ in 1..<width { divisor *= 10 }
      var rest = value
      if rest >= divisor * 10 {
        output.append(contentsOf: String(rest).utf8)
        return
      }
      while divisor > 0 {
        output.append(UInt8(ascii: "0") + UInt8(rest / divisor))
        rest %= divisor
        divisor /= 10
      }
    }
    output.append(contentsOf: weekdays[CivilCalendar.weekday(days: days)].utf8)
    output.append(UInt8(ascii: " "))
    digits(date.year, 4)
    output.append(UInt8(ascii: "-"))
    digits(date.month, 2)
    output.append(UInt8(ascii: "-"))
    digits(date.day, 2)
    output.append(UInt8(ascii: " "))
    digits(secondOfDay / 3600, 2)
    output.append(UInt8(ascii: ":"))
    digits(secondOfDay / 60 % 60, 2)
    output.append(UInt8(ascii: ":"))
    digits(secondOfDay % 60, 2)
    output.append(UInt8(ascii: " "))
    output.append(contentsOf: offset.abbreviation.utf8)
  }

  /// systemd's `format_timestamp_relative`: how far `microseconds` lies from `now`, in
  /// systemd's words in English and in the same units in Chinese, appended to `output`.
  static func appendRelative(microseconds: Int64, now: Int64, language: Language, to output: inout [UInt8]) {
    let past = now > microseconds
    let distance = past ? now - microseconds : microseconds - now
    let english = language == .english
    guard let (first, second) = relativeParts(distance) else {
      output.append(contentsOf: (english ? "now" : "现在").utf8)
      return
    }
    first.append(to: &output, english: english)
    if let second {
      output.append(UInt8(ascii: " "))
      second.append(to: &output, english: english)
    }
    output.append(contentsOf: (english ? (past ? " ago" : " left") : (past ? "前" : "后")).utf8)
  }

  /// One number and its unit.
  private struct Part {
    let count: Int64
    let unit: Unit
    /// systemd writes some units as a word ("3 days") and some as a suffix ("5h").
    enum Unit {
      case year, month, week, day, dayWord, hour, minute, second, millisecond, microsecond
    }

    func append(to output: inout [UInt8], english: Bool) {
      output.append(contentsOf: String(count).utf8)
      let plural = count == 1 ? "" : "s"
      let text: String =
        switch (unit, english) {
        case (.year, true): " year" + plural
        case (.month, true): " month" + plural
        case (.week, true): " week" + plural
        case (.day, true): " day" + plural
        case (.dayWord, true): " days"
        case (.hour, true): "h"
        case (.minute, true): "min"
        case (.second, true): "s"
        case (.millisecond, true): "ms"
        case (.microsecond, true): "us"
        case (.year, false): " 年"
        case (.month, false): " 个月"
        case (.week, false): " 周"
        case (.day, false), (.dayWord, false): " 天"
        case (.hour, false): " 小时"
        case (.minute, false): " 分钟"
        case (.second, false): " 秒"
        case (.millisecond, false): " 毫秒"
        case (.microsecond, false): " 微秒"
        }
      output.append(contentsOf: text.utf8)
    }
  }

  /// The units systemd picks for a distance, largest first; nil for no distance.
  private static func relativeParts(_ distance: Int64) -> (Part, Part?)? {
    let second: Int64 = 1_000_000
    let minute = 60 * second
    let hour = 60 * minute
    let day = 24 * hour
    let week = 7 * day
    let month = 2_629_800 * second
    let year = 31_557_600 * second
    if distance >= year {
      return (Part(count: distance / year, unit: .year), Part(count: distance % year / month, unit: .month))
    } else if distance >= month {
      return (Part(count: distance / month, unit: .month), Part(count: distance % month / day, unit: .day))
    } else if distance >= week {
      return (Part(count: distance / week, unit: .week), Part(count: distance % week / day, unit: .day))
    } else if distance >= 2 * day {
      return (Part(count: distance / day, unit: .dayWord), nil)
    } else if distance >= 25 * hour {
      return (Part(count: 1, unit: .day), Part(count: (distance - day) / hour, unit: .hour))
    } else if distance >= 6 * hour {
      return (Part(count: distance / hour, unit: .hour), nil)
    } else if distance >= hour {
      return (Part(count: distance / hour, unit: .hour), Part(count: distance % hour / minute, unit: .minute))
    } else if distance >= 5 * minute {
      return (Part(count: distance / minute, unit: .minute), nil)
    } else if distance >= minute {
      return (
        Part(count: distance / minute, unit: .minute), Part(count: distance % minute / second, unit: .second)
      )
    } else if distance >= second {
      return (Part(count: distance / second, unit: .second), nil)
    } else if distance >= 1000 {
      return (Part(count: distance / 1000, unit: .millisecond), nil)
    } else if distance > 0 {
      return (Part(count: distance, unit: .microsecond), nil)
    }
    return nil
  }
}
