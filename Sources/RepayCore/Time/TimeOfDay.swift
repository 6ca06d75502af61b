/// A time of day as repayd's configuration writes it: `HH:MM`, or `HH:MM:SS` (`09:30`, `22:00`).
public struct TimeOfDay: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Seconds since midnight, 0 to 86,399.
  public let secondOfDay: Int

  /// A time from its parts; nil when they are out of range.
  public init?(hour: Int, minute: Int, second: Int = 0) {
    guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
    secondOfDay = hour * 3_600 + minute * 60 + second
  }

  /// The time `secondOfDay` seconds after midnight.
  ///
  /// - Precondition: `secondOfDay` is in 0..<86,400.
  public init(secondOfDay: Int) {
    precondition((0..<86_400).contains(secondOfDay), "a time of day lies within one day")
    self.secondOfDay = secondOfDay
  }

  /// Reads `HH:MM[:SS]`; the error gives the 1-based column of the fault in the text.
  public init(parsing text: String) throws(TimeOfDayError) {
    let characters = Array(text.unicodeScalars)
    var index = 0
    func number() throws(TimeOfDayError) -> Int {
      let start = index
      var value = 0
      while index < characters.count, index - start < 2, ("0"..."9").contains(characters[index]) {
        value = value * 10 + Int(characters[index].value - 48)
        index += 1
      }
      guard index - start == 2 else { throw TimeOfDayError(.malformed, column: index + 1) }
      return value
    }
    func colon() throws(TimeOfDayError) {
      guard index < characters.count, characters[index] == ":" else {
        throw TimeOfDayError(.malformed, column: index + 1)
      }
      index += 1
    }
    let hour = try number()
    guard hour <= 23 else { throw TimeOfDayError(.hourOutOfRange, column: 1) }
    try colon()
    let minute = try number()
    guard minute <= 59 else { throw TimeOfDayError(.minuteOutOfRange, column: 4) }
    var second = 0
    if index < characters.count {
      try colon()
      second = try number()
      guard second <= 59 else { throw TimeOfDayError(.secondOutOfRange, column: 7) }
    }
    guard index == characters.count else { throw TimeOfDayError(.malformed, column: index + 1) }
    secondOfDay = hour * 3_600 + minute * 60 + second
  }

  /// The hour, 0 to 23.
  public var hour: Int { secondOfDay / 3_600 }
  /// The minute, 0 to 59.
  public var minute: Int { secondOfDay / 60 % 60 }
  /// The second, 0 to 59.
  public var second: Int { secondOfDay % 60 }

  /// `HH:MM`, with `:SS` when the seconds are not zero.
  public var description: String {
    let text = ZeroPadded.text(hour, width: 2) + ":" + ZeroPadded.text(minute, width: 2)
    return second == 0 ? text : text + ":" + ZeroPadded.text(second, width: 2)
  }

  /// Earlier in the day first.
  public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.secondOfDay < rhs.secondOfDay }
}

/// Why a text is not a time of day, with the column of the fault.
public typealias TimeOfDayError = TextFault<TimeOfDayFault>

/// What can be wrong with the text of a time of day.
public enum TimeOfDayFault: TextFaultReason {
  /// Not `HH:MM` or `HH:MM:SS` with two digits each.
  case malformed
  /// The hour is past 23.
  case hourOutOfRange
  /// The minute is past 59.
  case minuteOutOfRange
  /// The second is past 59.
  case secondOutOfRange

  /// The message in `language`.
  public func message(in language: Language) -> String {
    let english = language == .english
    switch self {
    case .malformed: return english ? "write a time of day as HH:MM, such as 09:30" : "时间应写成 HH:MM，例如 09:30"
    case .hourOutOfRange: return english ? "the hour must be 00 to 23" : "小时必须在 00 到 23 之间"
    case .minuteOutOfRange: return english ? "the minute must be 00 to 59" : "分钟必须在 00 到 59 之间"
    case .secondOutOfRange: return english ? "the second must be 00 to 59" : "秒必须在 00 到 59 之间"
    }
  }
}
