import RepayCore

/// Why a file is not valid TOML, with the place of the fault.
///
/// The reader stops at the first fault: after a syntax error the rest of the file cannot be read
/// reliably. Every message exists in English and Simplified Chinese; `message(in:)` picks one.
public struct TOMLSyntaxError: Error, Hashable, Sendable {
  /// Where the fault is: the first character that cannot be read as TOML, or, for a rule about
  /// the document (a key defined twice), the second definition.
  public var location: SourceLocation
  /// What is wrong.
  public var reason: Reason

  /// Creates an error.
  public init(_ reason: Reason, at location: SourceLocation) {
    self.reason = reason
    self.location = location
  }

  /// What the reader expected to find at a place where it found something else.
  public enum Expectation: Hashable, Sendable {
    /// A key (bare, or quoted).
    case key
    /// The `=` between a key and its value.
    case equalsSign
    /// A value after `=` or in an array.
    case value
    /// The end of the line (or a comment) after a key/value pair.
    case endOfLineAfterValue
    /// The end of the line (or a comment) after a table header.
    case endOfLineAfterHeader
    /// `]` closing a `[table]` header.
    case tableHeaderEnd
    /// `]]` closing an `[[array.of.tables]]` header.
    case arrayTableHeaderEnd
    /// `,` or `]` after an array element.
    case arraySeparator
    /// `,` or `}` after an inline-table entry.
    case inlineTableSeparator
    /// A key after `,` in an inline table (TOML 1.0 has no trailing comma there).
    case inlineTableKey
  }

  /// What the reader found where it expected something else.
  public enum Found: Hashable, Sendable {
    /// The end of the file.
    case endOfFile
    /// The end of a line.
    case endOfLine
    /// A character, by its scalar value.
    case character(UInt32)
  }

  /// What was wrong with a number.
  public enum NumberFault: Error, Hashable, Sendable {
    /// A decimal number with a leading zero (`01`).
    case leadingZero
    /// An underscore not between two digits.
    case misplacedUnderscore
    /// A sign before a hexadecimal, octal or binary integer.
    case signedPrefixedInteger
    /// No digits where digits must be (`0x`, `1.`, `1e`).
    case missingDigits
    /// A digit outside the base (`0o8`, `0b2`), or any other malformed number.
    case malformed
    /// An integer outside the 64-bit signed range.
    case integerOutOfRange
    /// A float too large for binary64 (it would be infinite).
    case floatOutOfRange
  }

  /// What was wrong with a date or time.
  public enum DateTimeFault: Error, Hashable, Sendable {
    /// Not one of the forms `YYYY-MM-DD`, `HH:MM:SS[.fraction]`, their combination with `T`
    /// or a space, and an optional `Z` or `+HH:MM` offset.
    case malformed
    /// A month outside 1 to 12.
    case monthOutOfRange
    /// A day that the month does not have (31 April, 29 February of a common year).
    case dayOutOfRange
    /// An hour outside 0 to 23.
    case hourOutOfRange
    /// A minute outside 0 to 59.
    case minuteOutOfRange
    /// A second outside 0 to 60.
    case secondOutOfRange
    /// An offset outside -23:59 to +23:59.
    case offsetOutOfRange
  }

  /// What kind of string was left open.
  public enum StringKind: Hashable, Sendable {
    /// `"..."`
    case basic
    /// `'...'`
    case literal
    /// `"""..."""`
    case multilineBasic
    /// `'''...'''`
    case multilineLiteral
  }

  /// The fault itself.
  public enum Reason: Error, Hashable, Sendable {
    /// Bytes that are not valid UTF-8.
    case invalidUTF8
    /// A control character (given as its scalar value) where TOML allows none.
    case controlCharacter(UInt32)
    /// A carriage return not followed by a line feed.
    case bareCarriageReturn
    /// Something other than what the grammar allows here.
    case unexpected(found: Found, expected: Expectation)
    /// A string opened and not closed before the end of the line or file.
    case unterminatedString(StringKind)
    /// A backslash escape that TOML does not define (`\q`).
    case invalidEscape(String)
    /// A `\u` or `\U` escape that is not a Unicode scalar value (a surrogate, or past U+10FFFF).
    case invalidUnicodeEscape(String)
    /// A bare word that is no value (`yes`, an unquoted string).
    case invalidValue(String)
    /// A number that breaks a rule.
    case invalidNumber(String, NumberFault)
    /// A date or time that breaks a rule.
    case invalidDateTime(String, DateTimeFault)
    /// A key given a value twice in the same table.
    case duplicateKey(String, firstDefinedAt: SourceLocation)
    /// A `[table]` header for a table that is already defined.
    case tableRedefined(String, firstDefinedAt: SourceLocation)
    /// A key path that goes through a key whose value is not a table (type name given).
    case notATable(String, type: TOMLType, definedAt: SourceLocation)
    /// Dotted keys that would add to a table defined elsewhere by a header.
    case dottedKeyIntoDefinedTable(String, definedAt: SourceLocation)
    /// A header or dotted key that would add to an inline table, which is complete as written.
    case inlineTableExtended(String, definedAt: SourceLocation)
    /// A `[[array]]` header for a key that holds something other than an array of tables.
    case notAnArrayOfTables(String, definedAt: SourceLocation)
    /// Tables or arrays nested deeper than the reader accepts.
    case nestingTooDeep(limit: Int)
  }

  /// The message in `language`, without the location.
  public func message(in language: Language) -> String {
    reason.message(in: language)
  }

  /// The diagnostic for this error, its message in `language`.
  public func diagnostic(in language: Language) -> Diagnostic {
    Diagnostic(.error, at: location, message(in: language))
  }
}

extension TOMLSyntaxError.Reason {
  // Each case answers in both languages side by side, so that a new case cannot be added in one
  // language only: the switch would not compile.
  func message(in language: Language) -> String {
    let english = language == .english
    switch self {
    case .invalidUTF8:
      return english
        ? "the file is not valid UTF-8 here; TOML files must be UTF-8 encoded"
        : "此处不是有效的 UTF-8 编码；TOML 文件必须使用 UTF-8 编码"
    case .controlCharacter(let scalar):
      let name = scalarName(scalar)
      return english
        ? "control character \(name) is not allowed here; inside a basic string write it as an escape"
        : "此处不允许控制字符 \(name)；如需在基本字符串中使用，请写成转义序列"
    case .bareCarriageReturn:
      return english
        ? "a carriage return must be followed by a line feed"
        : "回车符（CR）后面必须紧跟换行符（LF）"
    case .unexpected(let found, let expected):
      return english
        ? "expected \(expected.english), found \(found.english)"
        : "此处应为\(expected.chinese)，实际为\(found.chinese)"
    case .unterminatedString(let kind):
      return english
        ? "\(kind.english) is not closed; add \(kind.closingDelimiter)\(kind.isMultiline ? "" : " on the same line")"
        : "\(kind.chinese)没有结束；请\(kind.isMultiline ? "" : "在同一行内")补上 \(kind.closingDelimiter)"
    case .invalidEscape(let escape):
      return english
        ? "unknown escape \(escape); valid escapes are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX"
        : "未知的转义序列 \(escape)；可用的转义为 \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX"
    case .invalidUnicodeEscape(let escape):
      return english
        ? "\(escape) is not a Unicode scalar value (surrogates and values above 10FFFF are not allowed)"
        : "\(escape) 不是有效的 Unicode 标量值（不允许代理项或大于 10FFFF 的值）"
    case .invalidValue(let text):
      return english
        ? "'\(text)' is not a value; a string needs quotes: \"\(text)\""
        : "'\(text)' 不是合法的值；字符串需要加引号：\"\(text)\""
    case .invalidNumber(let text, let fault):
      return english
        ? "invalid number '\(text)': \(fault.english)"
        : "无效的数字 '\(text)'：\(fault.chinese)"
    case .invalidDateTime(let text, let fault):
      return english
        ? "invalid date or time '\(text)': \(fault.english)"
        : "无效的日期或时间 '\(text)'：\(fault.chinese)"
    case .duplicateKey(let key, let first):
      return english
        ? "key '\(key)' is defined twice; the first definition is at \(first.line):\(first.column)"
        : "键 '\(key)' 被重复定义；第一次定义在 \(first.line):\(first.column)"
    case .tableRedefined(let name, let first):
      return english
        ? "table [\(name)] is defined twice; the first definition is at \(first.line):\(first.column)"
        : "表 [\(name)] 被重复定义；第一次定义在 \(first.line):\(first.column)"
    case .notATable(let key, let type, let at):
      return english
        ? "'\(key)' is not a table: it holds \(type.name(in: .english)), defined at \(at.line):\(at.column)"
        : "'\(key)' 不是表：它的值是\(type.name(in: .simplifiedChinese))，定义在 \(at.line):\(at.column)"
    case .dottedKeyIntoDefinedTable(let name, let at):
      return english
        ? "dotted keys cannot add to table '\(name)', which is defined by a header at \(at.line):\(at.column); write the key under that header"
        : "不能用点分键向表 '\(name)' 添加内容，它由 \(at.line):\(at.column) 处的表头定义；请把键写在那个表头下"
    case .inlineTableExtended(let name, let at):
      return english
        ? "table '\(name)' is written inline at \(at.line):\(at.column) and cannot be extended; put all its keys inside the braces"
        : "表 '\(name)' 已在 \(at.line):\(at.column) 处以内联形式写出，不能再扩展；请把它的所有键写在花括号内"
    case .notAnArrayOfTables(let name, let at):
      return english
        ? "[[\(name)]] cannot add to '\(name)', which is not an array of tables (defined at \(at.line):\(at.column))"
        : "[[\(name)]] 不能向 '\(name)' 追加表，它不是表数组（定义在 \(at.line):\(at.column)）"
    case .nestingTooDeep(let limit):
      return english
        ? "tables and arrays are nested more than \(limit) levels deep; flatten the structure"
        : "表和数组的嵌套超过 \(limit) 层；请减少嵌套层数"
    }
  }
}

extension TOMLSyntaxError.Expectation {
  fileprivate var english: String {
    switch self {
    case .key: "a key"
    case .equalsSign: "'=' after the key"
    case .value: "a value (a string, number, boolean, date, time, array or inline table)"
    case .endOfLineAfterValue: "the end of the line after the value (put each key on its own line)"
    case .endOfLineAfterHeader: "the end of the line after the table header"
    case .tableHeaderEnd: "']' to close the table header"
    case .arrayTableHeaderEnd: "']]' to close the array-of-tables header"
    case .arraySeparator: "',' or ']' after the array element"
    case .inlineTableSeparator: "',' or '}' after the inline-table entry (inline tables stay on one line)"
    case .inlineTableKey: "a key after ',' (an inline table cannot end with a comma)"
    }
  }

  fileprivate var chinese: String {
    switch self {
    case .key: "键"
    case .equalsSign: "键后面的 '='"
    case .value: "一个值（字符串、数字、布尔值、日期、时间、数组或内联表）"
    case .endOfLineAfterValue: "值之后的行尾（每个键单独占一行）"
    case .endOfLineAfterHeader: "表头之后的行尾"
    case .tableHeaderEnd: "结束表头的 ']'"
    case .arrayTableHeaderEnd: "结束表数组表头的 ']]'"
    case .arraySeparator: "数组元素之后的 ',' 或 ']'"
    case .inlineTableSeparator: "内联表条目之后的 ',' 或 '}'（内联表必须写在一行内）"
    case .inlineTableKey: "',' 之后的键（内联表不能以逗号结尾）"
    }
  }
}

extension TOMLSyntaxError.Found {
  fileprivate var english: String {
    switch self {
    case .endOfFile: "the end of the file"
    case .endOfLine: "the end of the line"
    case .character(let scalar): shownCharacter(scalar)
    }
  }

  fileprivate var chinese: String {
    switch self {
    case .endOfFile: "文件结尾"
    case .endOfLine: "行尾"
    case .character(let scalar): " " + shownCharacter(scalar)
    }
  }
}

/// `'x'` for a printable character, `'字' (U+5B57)` beyond ASCII, `U+0007` for one that cannot be shown.
private func shownCharacter(_ scalar: UInt32) -> String {
  guard let character = Unicode.Scalar(scalar), scalar >= 0x20, scalar != 0x7F else {
    return scalarName(scalar)
  }
  if scalar < 0x80 { return "'\(Character(character))'" }
  if character.properties.isWhitespace || !character.properties.isGraphemeBase {
    return scalarName(scalar)
  }
  return "'\(Character(character))' (\(scalarName(scalar)))"
}

extension TOMLSyntaxError.StringKind {
  fileprivate var english: String {
    switch self {
    case .basic: "this string"
    case .literal: "this literal string"
    case .multilineBasic: "this multi-line string"
    case .multilineLiteral: "this multi-line literal string"
    }
  }

  fileprivate var chinese: String {
    switch self {
    case .basic: "该字符串"
    case .literal: "该字面量字符串"
    case .multilineBasic: "该多行字符串"
    case .multilineLiteral: "该多行字面量字符串"
    }
  }

  /// Whether strings of this kind are delimited by three quotes and may span lines.
  var isMultiline: Bool { self == .multilineBasic || self == .multilineLiteral }

  fileprivate var closingDelimiter: String {
    switch self {
    case .basic: "\""
    case .literal: "'"
    case .multilineBasic: "\"\"\""
    case .multilineLiteral: "'''"
    }
  }
}

extension TOMLSyntaxError.NumberFault {
  fileprivate var english: String {
    switch self {
    case .leadingZero: "decimal numbers cannot have leading zeros"
    case .misplacedUnderscore: "an underscore must stand between two digits"
    case .signedPrefixedInteger: "hexadecimal, octal and binary integers cannot have a sign"
    case .missingDigits: "digits are missing"
    case .malformed: "this is not a TOML integer or float"
    case .integerOutOfRange:
      "the integer does not fit in 64 bits (-9223372036854775808 to 9223372036854775807)"
    case .floatOutOfRange: "the float is too large to be represented"
    }
  }

  fileprivate var chinese: String {
    switch self {
    case .leadingZero: "十进制数不能有前导零"
    case .misplacedUnderscore: "下划线必须位于两个数字之间"
    case .signedPrefixedInteger: "十六进制、八进制和二进制整数不能带符号"
    case .missingDigits: "缺少数字"
    case .malformed: "这不是合法的 TOML 整数或浮点数"
    case .integerOutOfRange: "整数超出 64 位范围（-9223372036854775808 至 9223372036854775807）"
    case .floatOutOfRange: "浮点数太大，无法表示"
    }
  }
}

extension TOMLSyntaxError.DateTimeFault {
  fileprivate var english: String {
    switch self {
    case .malformed: "write a date as YYYY-MM-DD and a time as HH:MM:SS"
    case .monthOutOfRange: "the month must be 01 to 12"
    case .dayOutOfRange: "that month has no such day"
    case .hourOutOfRange: "the hour must be 00 to 23"
    case .minuteOutOfRange: "the minute must be 00 to 59"
    case .secondOutOfRange: "the second must be 00 to 60"
    case .offsetOutOfRange: "the offset must lie between -23:59 and +23:59"
    }
  }

  fileprivate var chinese: String {
    switch self {
    case .malformed: "日期应写成 YYYY-MM-DD，时间应写成 HH:MM:SS"
    case .monthOutOfRange: "月份必须在 01 到 12 之间"
    case .dayOutOfRange: "该月没有这一天"
    case .hourOutOfRange: "小时必须在 00 到 23 之间"
    case .minuteOutOfRange: "分钟必须在 00 到 59 之间"
    case .secondOutOfRange: "秒必须在 00 到 60 之间"
    case .offsetOutOfRange: "时区偏移必须在 -23:59 到 +23:59 之间"
    }
  }
}

/// `U+0007`: how a scalar that cannot be shown is named in messages.
func scalarName(_ scalar: UInt32) -> String {
  "U+" + ZeroPadded.text(scalar, width: 4, radix: 16, uppercase: true)
}
