/// Reads a POSIX TZ rule, `std offset [dst [offset] [,start[/time],end[/time]]]`, with the
/// extensions RFC 8536 allows in TZif version 3 footers (change times from -167 to 167
/// hours).
///
/// As in glibc and tzcode, a missing daylight offset is one hour ahead of standard time, and
/// a daylight name without change dates uses the United States rule `M3.2.0,M11.1.0`. Change
/// times default to 02:00. Abbreviations need at least three characters, as POSIX and glibc
/// require.
struct PosixTimeZoneRuleParser {
  private let rule: String
  private let identifier: String
  private let bytes: [UInt8]
  private var index = 0

  /// A parser for `rule`, reporting errors against the zone `identifier`.
  init(rule: String, identifier: String) {
    self.rule = rule
    self.identifier = identifier
    self.bytes = Array(rule.utf8)
  }

  /// The rule, or an error at the first character that does not fit the grammar.
  mutating func parse() throws(TimeZoneError) -> PosixTimeZoneRule {
    let standardName = try abbreviation()
    let standardOffset = try utcOffset()
    let standard = ZoneOffset(
      secondsEastOfUTC: standardOffset, isDaylightSaving: false, abbreviation: standardName)
    guard index < bytes.count else { return PosixTimeZoneRule(standard: standard, daylightSaving: nil) }
    let daylightName = try abbreviation()
    let daylightOffset = startsNumber ? try utcOffset() : standardOffset + 3_600
    let daylight = ZoneOffset(
      secondsEastOfUTC: daylightOffset, isDaylightSaving: true, abbreviation: daylightName)
    let start: PosixRuleChange
    let end: PosixRuleChange
    if index == bytes.count {
      start = PosixRuleChange(
        day: .weekdayOfMonth(month: 3, week: 2, weekday: 0), secondsAfterMidnight: 7_200)
      end = PosixRuleChange(day: .weekdayOfMonth(month: 11, week: 1, weekday: 0), secondsAfterMidnight: 7_200)
    } else {
      try expect(UInt8(ascii: ","))
      start = try change()
      try expect(UInt8(ascii: ","))
      end = try change()
    }
    guard index == bytes.count else { throw failure(.end) }
    return PosixTimeZoneRule(
      standard: standard,
      daylightSaving: DaylightSavingRule(daylight: daylight, standard: standard, start: start, end: end))
  }

  /// `<...>` or letters; returned without the angle brackets.
  private mutating func abbreviation() throws(TimeZoneError) -> String {
    let begin = index
    if current == UInt8(ascii: "<") {
      index += 1
      let nameStart = index
      while let byte = current,
        Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "+")
          || byte == UInt8(ascii: "-")
      {
        index += 1
      }
      let nameEnd = index
      guard current == UInt8(ascii: ">"), nameEnd - nameStart >= 3 else {
        index = begin
        throw failure(.abbreviation)
      }
      index += 1
      return String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
    }
    while let byte = current, Self.isLetter(byte) { index += 1 }
    guard index - begin >= 3 else {
      index = begin
      throw failure(.abbreviation)
    }
    return String(decoding: bytes[begin..<index], as: UTF8.self)
  }

  /// `[+-]hh[:mm[:ss]]`, hours 0 to 24, positive west of Greenwich; returned as seconds east.
  private mutating func utcOffset() throws(TimeZoneError) -> Int {
    guard let seconds = signedClockTime(maximumHours: 24) else { throw failure(.offset) }
    return -seconds
  }

  /// `date[/time]`.
  private mutating func change() throws(TimeZoneError) -> PosixRuleChange {
    let begin = index
    let day: PosixRuleChange.Day
    if current == UInt8(ascii: "J") {
      index += 1
      guard let number = number(in: 1...365) else {
        index = begin
        throw failure(.date)
      }
      day = .julianSkippingLeapDay(number)
    } else if current == UInt8(ascii: "M") {
      index += 1
      guard let month = number(in: 1...12), skip(UInt8(ascii: ".")), let week = number(in: 1...5),
        skip(UInt8(ascii: ".")), let weekday = number(in: 0...6)
      else {
        index = begin
        throw failure(.date)
      }
      day = .weekdayOfMonth(month: month, week: week, weekday: weekday)
    } else {
      guard let number = number(in: 0...365) else { throw failure(.date) }
      day = .zeroBasedDayOfYear(number)
    }
    guard skip(UInt8(ascii: "/")) else { return PosixRuleChange(day: day, secondsAfterMidnight: 7_200) }
    guard let time = signedClockTime(maximumHours: 167) else { throw failure(.time) }
    return PosixRuleChange(day: day, secondsAfterMidnight: time)
  }

  /// `[+-]hh[:mm[:ss]]` in seconds, or nil (with the position unchanged) when malformed.
  private mutating func signedClockTime(maximumHours: Int) -> Int? {
    let begin = index
    let sign = skip(UInt8(ascii: "-")) ? -1 : 1
    if sign == 1 { _ = skip(UInt8(ascii: "+")) }
    guard let hours = number(in: 0...maximumHours) else {
      index = begin
      return nil
    }
    var seconds = hours * 3_600
    for unit in [60, 1] {
      guard skip(UInt8(ascii: ":")) else { break }
      guard let value = number(in: 0...59) else {
        index = begin
        return nil
      }
      seconds += value * unit
    }
    return sign * seconds
  }

  /// A decimal number within `range`, or nil (with the position unchanged).
  private mutating func number(in range: ClosedRange<Int>) -> Int? {
    let begin = index
    var value = 0
    while let byte = current, Self.isDigit(byte) {
      // Beyond the range already: stop accumulating so that long digit runs cannot overflow.
      value = min(value * 10 + Int(byte - UInt8(ascii: "0")), range.upperBound + 1)
      index += 1
    }
    guard index > begin, range.contains(value) else {
      index = begin
      return nil
    }
    return value
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private var startsNumber: Bool {
    guard let byte = current else { return false }
    return Self.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
  }

  private mutating func skip(_ byte: UInt8) -> Bool {
    guard current == byte else { return false }
    index += 1
    return true
  }

  private mutating func expect(_ byte: UInt8) throws(TimeZoneError) {
    guard skip(byte) else { throw failure(.comma) }
  }

  /// The error at the current position, counted in Unicode scalars from 1.
  private func failure(_ expected: TimeZoneError.RuleElement) -> TimeZoneError {
    let position = String(decoding: bytes[..<index], as: UTF8.self).unicodeScalars.count + 1
    return TimeZoneError(
      identifier: identifier, reason: .invalidRule(rule: rule, position: position, expected: expected))
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
