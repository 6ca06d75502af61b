/// Why a time zone could not be loaded or a zone rule could not be read.
public struct TimeZoneError: Error, Hashable, Sendable {
  /// What went wrong.
  public enum Reason: Hashable, Sendable {
    /// The name is not one the tz database can hold: empty, starting with `/`, with an empty
    /// component, or with a character outside `[A-Za-z0-9/_+-]` (which also rules out `..`).
    case invalidIdentifier
    /// The tz database has no zone of this name.
    case unknownZone
    /// The zone file exists but could not be read; `detail` is the system's reason.
    case unreadable(detail: String)
    /// The zone file is not valid TZif data.
    case invalidTZif(TZifDefect)
    /// A POSIX TZ rule (given directly or in a TZif footer) is malformed: `position` is the
    /// 1-based index, in Unicode scalars, of the first character that could not be read, where
    /// the parser expected `expected`.
    case invalidRule(rule: String, position: Int, expected: RuleElement)
  }

  /// The ways a TZif file (RFC 8536, RFC 9636) can be broken.
  public enum TZifDefect: Hashable, Sendable {
    /// The data does not start with the magic `TZif`.
    case notTZif
    /// The data ends before what its header announces.
    case truncated
    /// The header counts contradict each other or the format (no local time types, no
    /// abbreviation bytes, indicator counts that are neither 0 nor the number of types).
    case inconsistentHeader
    /// The transition times are not strictly ascending.
    case unorderedTransitions
    /// A transition names a local time type that does not exist.
    case invalidTypeIndex
    /// A local time type's abbreviation does not lie, NUL-terminated, in the abbreviation table.
    case invalidAbbreviation
    /// A UTC offset is -2^31, which RFC 8536 forbids.
    case invalidUTCOffset
    /// A daylight-saving, standard/wall or UT/local indicator is neither 0 nor 1.
    case invalidIndicator
    /// The file has leap-second records (a `right/` zone): its times count leap seconds, which
    /// Unix time does not, so they would be read wrongly.
    case leapSeconds
    /// A version 2 or later file lacks its newline-enclosed TZ rule footer.
    case missingFooter
  }

  /// The part of a POSIX TZ rule the parser expected where it failed.
  public enum RuleElement: Hashable, Sendable {
    /// A zone abbreviation: at least three letters, or at least three letters, digits, `+` or
    /// `-` between `<` and `>`.
    case abbreviation
    /// A UTC offset `[+-]hh[:mm[:ss]]`, hours 0 to 24.
    case offset
    /// A change date: `Jn` (1 to 365), `n` (0 to 365) or `Mm.w.d`.
    case date
    /// A time of day `[+-]hh[:mm[:ss]]`, hours -167 to 167.
    case time
    /// The `,` before a change date.
    case comma
    /// The end of the rule.
    case end
  }

  /// The zone name (or, for a rule given directly, the name it was given under).
  public var identifier: String
  /// What went wrong.
  public var reason: Reason

  /// An error about the zone `identifier`.
  public init(identifier: String, reason: Reason) {
    self.identifier = identifier
    self.reason = reason
  }

  /// What went wrong, in `language`.
  public func message(in language: Language) -> String {
    let english = language == .english
    switch reason {
    case .invalidIdentifier:
      return english
        ? "\"\(identifier)\" is not a valid time zone name: use a name like Europe/Berlin "
          + "(letters, digits, '/', '_', '+' and '-')"
        : "“\(identifier)”不是有效的时区名称：请使用类似 Europe/Berlin 的名称（字母、数字及 /、_、+、-）"
    case .unknownZone:
      return english
        ? "unknown time zone \"\(identifier)\": the tz database has no such zone"
        : "未知时区“\(identifier)”：时区数据库中没有这个时区"
    case .unreadable(let detail):
      return english
        ? "cannot read the time zone \"\(identifier)\": \(detail)"
        : "无法读取时区“\(identifier)”：\(detail)"
    case .invalidTZif(let defect):
      return english
        ? "the data of time zone \"\(identifier)\" is damaged: \(Self.englishText(defect))"
        : "时区“\(identifier)”的数据已损坏：\(Self.chineseText(defect))"
    case .invalidRule(let rule, let position, let expected):
      return english
        ? "invalid POSIX TZ rule \"\(rule)\" at character \(position): expected \(Self.englishText(expected))"
        : "POSIX TZ 规则“\(rule)”在第 \(position) 个字符处无效：此处应为\(Self.chineseText(expected))"
    }
  }

  private static func englishText(_ defect: TZifDefect) -> String {
    switch defect {
    case .notTZif: "it is not TZif data"
    case .truncated: "it ends too early"
    case .inconsistentHeader: "its header counts are inconsistent"
    case .unorderedTransitions: "its transition times are not in ascending order"
    case .invalidTypeIndex: "a transition refers to a local time type that does not exist"
    case .invalidAbbreviation: "an abbreviation lies outside the abbreviation table"
    case .invalidUTCOffset: "a UTC offset is out of range"
    case .invalidIndicator: "an indicator is neither 0 nor 1"
    case .leapSeconds:
      "it counts leap seconds (a right/ zone), which repayd does not support; use the zone without right/"
    case .missingFooter: "its TZ rule footer is missing"
    }
  }

  private static func chineseText(_ defect: TZifDefect) -> String {
    switch defect {
    case .notTZif: "不是 TZif 格式的数据"
    case .truncated: "数据不完整"
    case .inconsistentHeader: "文件头中的计数相互矛盾"
    case .unorderedTransitions: "转换时间没有按升序排列"
    case .invalidTypeIndex: "某个转换引用了不存在的本地时间类型"
    case .invalidAbbreviation: "某个时区缩写超出了缩写表"
    case .invalidUTCOffset: "某个 UTC 偏移量超出范围"
    case .invalidIndicator: "某个标志既不是 0 也不是 1"
    case .leapSeconds: "其中包含闰秒（right/ 下的时区），repayd 不支持；请使用不带 right/ 的时区"
    case .missingFooter: "缺少末尾的 TZ 规则"
    }
  }

  private static func englishText(_ element: RuleElement) -> String {
    switch element {
    case .abbreviation:
      "an abbreviation of at least 3 letters, or of at least 3 letters, digits, '+' or '-' in <>"
    case .offset: "a UTC offset such as 5, -1 or -5:30 (hours 0 to 24)"
    case .date: "a date Jn (n from 1 to 365), n (0 to 365) or Mm.w.d"
    case .time: "a time of day such as 2, 3:30 or -1 (hours -167 to 167)"
    case .comma: "','"
    case .end: "the end of the rule"
    }
  }

  private static func chineseText(_ element: RuleElement) -> String {
    switch element {
    case .abbreviation: "至少 3 个字母的时区缩写，或在 <> 中至少 3 个字母、数字、+ 或 - 的缩写"
    case .offset: "UTC 偏移量，例如 5、-1 或 -5:30（小时为 0 到 24）"
    case .date: "日期：Jn（n 为 1 到 365）、n（0 到 365）或 Mm.w.d"
    case .time: "时刻，例如 2、3:30 或 -1（小时为 -167 到 167）"
    case .comma: "“,”"
    case .end: "规则结尾"
    }
  }
}
