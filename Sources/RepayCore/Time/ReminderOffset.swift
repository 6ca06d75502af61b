/// A length of time as repayd's configuration writes it: a number and a unit, `s`, `m`, `h` or
/// `d` (seconds, minutes, hours, days), several of them in a row if wanted: `7d`, `36h`, `90m`,
/// `10s`, `1d12h`. Used for reminder offsets before and after a due date, and hook timeouts.
public struct ReminderOffset: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The length in seconds.
  public let seconds: Int64
  /// The text as written, for messages and for the schedule's JSON (`"offset": "7d"`).
  public let text: String

  /// Reads a length; the error gives the 1-based column of the fault in the text.
  public init(parsing text: String) throws(ReminderOffsetError) {
    let characters = Array(text.unicodeScalars)
    guard !characters.isEmpty else { throw ReminderOffsetError(.empty, column: 1) }
    var total: Int64 = 0
    var index = 0
    while index < characters.count {
      let start = index
      var number: Int64 = 0
      while index < characters.count, ("0"..."9").contains(characters[index]) {
        let (shifted, overflow) = number.multipliedReportingOverflow(by: 10)
        guard !overflow, shifted <= Int64.max - 9 else {
          throw ReminderOffsetError(.tooLong, column: start + 1)
        }
        number = shifted + Int64(characters[index].value - 48)
        index += 1
      }
      guard index > start else { throw ReminderOffsetError(.expectedNumber, column: index + 1) }
      guard index < characters.count, let unit = Self.secondsPerUnit[characters[index]] else {
        throw ReminderOffsetError(.expectedUnit, column: index + 1)
      }
      index += 1
      let (part, overflow) = number.multipliedReportingOverflow(by: unit)
      let (sum, carry) = total.addingReportingOverflow(part)
      guard !overflow, !carry else { throw ReminderOffsetError(.tooLong, column: start + 1) }
      total = sum
    }
    self.seconds = total
    self.text = text
  }

  private static let secondsPerUnit: [Unicode.Scalar: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]

  /// The length of `seconds` (0 or more), written with the largest units first and none of zero
  /// (`7d`, `1d12h`, `90s` as `1m30s`; `0s` for none): the form to show a length that is known
  /// only by its seconds, such as a recorded delivery's offset.
  public init(seconds: Int64) {
    var rest = max(0, seconds)
    var text = ""
    for (unit, length) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60), ("s", 1)] where rest >= length {
      text += "\(rest / length)\(unit)"
      rest %= length
    }
    self.seconds = max(0, seconds)
    self.text = text.isEmpty ? "0s" : text
  }

  /// The text as written.
  public var description: String { text }

  /// Shorter lengths first.
  public static func < (lhs: ReminderOffset, rhs: ReminderOffset) -> Bool { lhs.seconds < rhs.seconds }
}

/// Why a text is not a length of time, with the column of the fault.
public typealias ReminderOffsetError = TextFault<ReminderOffsetFault>

/// What can be wrong with the text of a length of time.
public enum ReminderOffsetFault: TextFaultReason {
  /// Nothing was written.
  case empty
  /// A number was expected here.
  case expectedNumber
  /// A unit (`s`, `m`, `h`, `d`) was expected after the number.
  case expectedUnit
  /// Too long to be held.
  case tooLong

  /// The message in `language`.
  public func message(in language: Language) -> String {
    let english = language == .english
    let hint =
      english ? "write a number and a unit, such as 7d, 36h, 90m or 10s" : "请写成数字加单位，例如 7d、36h、90m 或 10s"
    switch self {
    case .empty: return english ? "the length of time is empty; \(hint)" : "时长为空；\(hint)"
    case .expectedNumber: return english ? "a number is expected here; \(hint)" : "此处应为数字；\(hint)"
    case .expectedUnit: return english ? "a unit is expected here; \(hint)" : "此处应为单位；\(hint)"
    case .tooLong: return english ? "the length of time is too long" : "时长太长"
    }
  }
}
