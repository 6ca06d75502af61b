import RepayCore

/// How far away a date or an instant is, in the user's language: "in 3 days", "overdue 2 days",
/// "3 天后", "逾期 2 天".
public enum RelativeTime {
  /// `date` seen from `today`: "today", "tomorrow", "in 3 days", "2 days ago".
  public static func days(_ date: LocalDate, from today: LocalDate, in language: Language) -> String {
    let days = today.distance(to: date)
    switch (language, days) {
    case (.english, 0): return "today"
    case (.english, 1): return "tomorrow"
    case (.english, -1): return "yesterday"
    case (.english, _): return days > 0 ? "in \(days) days" : "\(-days) days ago"
    case (.simplifiedChinese, 0): return "今天"
    case (.simplifiedChinese, 1): return "明天"
    case (.simplifiedChinese, -1): return "昨天"
    case (.simplifiedChinese, _): return days > 0 ? "\(days) 天后" : "\(-days) 天前"
    }
  }

  /// An unpaid due date seen from `today`: as `days`, but a past one is "overdue 2 days".
  public static func due(_ date: LocalDate, from today: LocalDate, in language: Language) -> String {
    let days = today.distance(to: date)
    guard days < 0 else { return self.days(date, from: today, in: language) }
    return overdue(-days, in: language)
  }

  /// "overdue 2 days", "逾期 2 天".
  public static func overdue(_ days: Int, in language: Language) -> String {
    language.text(en: days == 1 ? "overdue 1 day" : "overdue \(days) days", zh: "逾期 \(days) 天")
  }

  /// `instant` seen from `now` (both microseconds since 1970), whose dates are taken in `zone`
  /// (nil: UTC). On another date than now's it is the calendar days between the two dates, as
  /// `days` counts them ("tomorrow", "in 3 days", "2 天前"): the count due dates are shown with,
  /// so that a date is one day away however many hours lie between (an evening to the next
  /// morning, a day of 23 or 25 hours at a change of daylight saving time). On now's date it is
  /// the largest whole unit of the time between: "in 5 min", "3 h ago", "2 小时后".
  public static func instant(_ instant: Int64, from now: Int64, zone: TimeZoneRules?, in language: Language)
    -> String
  {
    let date = Display.localDate(at: instant, in: zone)
    let today = Display.localDate(at: now, in: zone)
    guard date == today else { return days(date, from: today, in: language) }
    return withinDay((instant - now) / 1_000_000, in: language)
  }

  /// `seconds` from now (negative: past), less than a day's 25 hours, in the largest whole unit.
  private static func withinDay(_ seconds: Int64, in language: Language) -> String {
    let magnitude = seconds.magnitude
    let (count, english, chinese): (UInt64, String, String) =
      switch magnitude {
      case ..<60: (magnitude, "s", "秒")
      case ..<3_600: (magnitude / 60, "min", "分钟")
      default: (magnitude / 3_600, "h", "小时")
      }
    return seconds >= 0
      ? language.text(en: "in \(count) \(english)", zh: "\(count) \(chinese)后")
      : language.text(en: "\(count) \(english) ago", zh: "\(count) \(chinese)前")
  }

  /// A duration for people in its `parts` largest units, "3 h 4 min", "2 天 5 小时" for two.
  public static func duration(_ seconds: Int, in language: Language, parts count: Int = 2) -> String {
    let units: [(Int, String, String)] = [
      (86_400, "d", "天"), (3_600, "h", "小时"), (60, "min", "分钟"), (1, "s", "秒"),
    ]
    var left = max(0, seconds)
    var parts: [String] = []
    for (size, english, chinese) in units where left >= size || (size == 1 && parts.isEmpty) {
      parts.append(language.text(en: "\(left / size) \(english)", zh: "\(left / size) \(chinese)"))
      left %= size
      if parts.count == count { break }
    }
    return parts.joined(separator: " ")
  }
}
