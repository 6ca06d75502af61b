import RepayCore

/// The types of TOML values, as the TOML specification names them.
public enum TOMLType: String, Hashable, Sendable, CaseIterable {
  /// A string.
  case string
  /// A 64-bit integer.
  case integer
  /// A binary64 float.
  case float
  /// A boolean.
  case boolean
  /// A date-time with an offset.
  case offsetDateTime = "offset date-time"
  /// A date-time without an offset.
  case localDateTime = "local date-time"
  /// A date.
  case localDate = "local date"
  /// A time of day.
  case localTime = "local time"
  /// An array.
  case array
  /// A table.
  case table

  /// The type's name for messages: with its article in English ("an integer"), bare in
  /// Chinese ("整数").
  public func name(in language: Language) -> String {
    switch language {
    case .english:
      return ("aeiou".contains(rawValue.first!) ? "an " : "a ") + rawValue
    case .simplifiedChinese:
      switch self {
      case .string: return "字符串"
      case .integer: return "整数"
      case .float: return "浮点数"
      case .boolean: return "布尔值"
      case .offsetDateTime: return "带时区偏移的日期时间"
      case .localDateTime: return "本地日期时间"
      case .localDate: return "本地日期"
      case .localTime: return "本地时间"
      case .array: return "数组"
      case .table: return "表"
      }
    }
  }
}
