/// Why a calendar expression is not valid, with the column (1-based, in characters) of the fault.
public struct CalendarSyntaxError: Error, Hashable, Sendable {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// Nothing but a zone, or nothing at all.
    case empty
    /// A character where the syntax allows none (given as text).
    case unexpected(String)
    /// A number was expected here.
    case expectedNumber
    /// A number too large to be any field's value.
    case numberTooLarge
    /// A repetition of zero (`/0`).
    case zeroRepetition
    /// A range of weekdays that runs backwards (`Sat..Mon`), or is left open.
    case invalidWeekdayRange
    /// A value outside its field (`month 13`, a day past 31, a year outside 1970 to 2199), or a
    /// repetition that never repeats within the field.
    case outOfRange(field: CalendarField)
    /// A last word that looks like a zone name but is no zone of the tz database.
    case unknownTimeZone(String)
    /// More than systemd's 240 elements in one field.
    case tooManyElements
  }

  /// What is wrong.
  public var reason: Reason
  /// The 1-based column of the fault in the expression, counted in characters.
  public var column: Int

  /// Creates an error.
  public init(_ reason: Reason, column: Int) {
    self.reason = reason
    self.column = column
  }

  /// The message in `language`, with the column.
  public func message(in language: Language) -> String {
    let english = language == .english
    let what: String
    switch reason {
    case .empty:
      what = english ? "the expression is empty" : "表达式为空"
    case .unexpected(let text):
      what = english ? "unexpected '\(text)'" : "意外的 '\(text)'"
    case .expectedNumber:
      what = english ? "a number is expected here" : "此处应为数字"
    case .numberTooLarge:
      what = english ? "the number is too large" : "数字太大"
    case .zeroRepetition:
      what = english ? "a repetition must not be 0" : "重复间隔不能为 0"
    case .invalidWeekdayRange:
      what =
        english
        ? "a weekday range must run forwards and have an end (Mon..Fri)" : "星期范围必须从前往后并有结尾（如 Mon..Fri）"
    case .outOfRange(let field):
      what =
        english
        ? "the \(field.rawValue) is out of range, or its repetition never repeats"
        : "\(field.chineseName)超出范围，或其重复间隔永远不会重复"
    case .unknownTimeZone(let name):
      what =
        english
        ? "'\(name)' is not a time zone of the tz database (see /usr/share/zoneinfo)"
        : "'\(name)' 不是时区数据库中的时区（参见 /usr/share/zoneinfo）"
    case .tooManyElements:
      what = english ? "too many elements in one field (240 at most)" : "一个字段中的元素太多（最多 240 个）"
    }
    return english
      ? "invalid calendar expression at column \(column): \(what)"
      : "日历表达式第 \(column) 列无效：\(what)"
  }
}

/// The fields of a calendar expression, for messages.
public enum CalendarField: String, Hashable, Sendable {
  /// The year.
  case year
  /// The month.
  case month
  /// The day of the month.
  case day
  /// The hour.
  case hour
  /// The minute.
  case minute
  /// The second.
  case second

  var chineseName: String {
    switch self {
    case .year: "年份"
    case .month: "月份"
    case .day: "日期"
    case .hour: "小时"
    case .minute: "分钟"
    case .second: "秒"
    }
  }
}
