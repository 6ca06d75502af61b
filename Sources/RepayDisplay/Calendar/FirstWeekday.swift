import RepayCore

/// The day a calendar's weeks begin with: Monday, as in China and by ISO 8601, except under a
/// `en_US` locale, where calendars begin on Sunday.
public enum FirstWeekday: Sendable, Hashable {
  /// Weeks run Monday to Sunday.
  case monday
  /// Weeks run Sunday to Saturday.
  case sunday

  /// The first weekday the locale of dates asks for (`LC_ALL`, `LC_TIME`, then `LANG`, read as
  /// `Language` reads the locale of messages): Sunday for `en_US`, else Monday.
  public init(localeEnvironment environment: [String: String]) {
    let locale = LocaleName(environment: environment, variables: LocaleName.timeVariables)
    self = locale?.language == "en" && locale?.territory == "US" ? .sunday : .monday
  }

  /// The ISO weekday (1 Monday to 7 Sunday) in `column` (0 to 6) of a week.
  func isoWeekday(inColumn column: Int) -> Int {
    switch self {
    case .monday: column + 1
    case .sunday: column == 0 ? 7 : column
    }
  }

  /// The column (0 to 6) of `date` in its week.
  func column(of date: LocalDate) -> Int {
    switch self {
    case .monday: date.isoWeekday - 1
    case .sunday: date.isoWeekday % 7
    }
  }
}
