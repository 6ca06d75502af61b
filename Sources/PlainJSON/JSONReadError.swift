/// Why a text is not JSON, and at which byte.
public struct JSONReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong with the text.
  public enum Reason: Sendable, Equatable {
    /// The text ends where more is needed (a value, a closing quote or bracket).
    case unexpectedEnd
    /// `found` stands where `expected` (a phrase such as "a value" or "',' or ']'") must be.
    case unexpectedByte(found: UInt8, expected: String)
    /// A comma before the closing `]` or `}`.
    case trailingComma
    /// An integer part with more than one digit that starts with 0.
    case leadingZero
    /// A minus sign, decimal point or exponent with no digit after it.
    case missingDigit
    /// A byte below 0x20 in a string, which must be escaped.
    case controlCharacterInString(UInt8)
    /// A backslash followed by something other than `"\/bfnrtu`.
    case invalidEscape
    /// `\u` not followed by four hexadecimal digits.
    case invalidUnicodeEscape
    /// A `\u` surrogate without its partner: a high one not followed by a low one, or a low one
    /// alone.
    case unpairedSurrogate
    /// Bytes in a string that are not well-formed UTF-8.
    case invalidUTF8
    /// Something other than whitespace after the value.
    case trailingCharacters
    /// Arrays and objects nested deeper than `limit`.
    case nestingTooDeep(limit: Int)
  }

  /// An error for `reason` at byte `offset`.
  public init(_ reason: Reason, at offset: Int) {
    self.reason = reason
    self.offset = offset
  }

  /// What is wrong.
  public let reason: Reason
  /// The offset of the first byte at fault.
  public let offset: Int

  /// A sentence for a person: "invalid JSON at byte 12: ...".
  public var description: String {
    "invalid JSON at byte \(offset): \(explanation)"
  }

  private var explanation: String {
    switch reason {
    case .unexpectedEnd:
      "the text ends too early"
    case .unexpectedByte(let found, let expected):
      "expected \(expected) but found \(Self.show(found))"
    case .trailingComma:
      "a comma before the closing bracket"
    case .leadingZero:
      "a number starts with a superfluous 0"
    case .missingDigit:
      "a digit must follow"
    case .controlCharacterInString(let byte):
      "the control character \(Self.show(byte)) must be escaped in a string"
    case .invalidEscape:
      "an unknown escape in a string"
    case .invalidUnicodeEscape:
      "\\u must be followed by four hexadecimal digits"
    case .unpairedSurrogate:
      "a UTF-16 surrogate escape without its partner"
    case .invalidUTF8:
      "a string holds bytes that are not UTF-8"
    case .trailingCharacters:
      "more text after the value"
    case .nestingTooDeep(let limit):
      "arrays and objects nested deeper than \(limit)"
    }
  }

  /// A byte as a person reads it: printable ASCII quoted, anything else in hexadecimal.
  private static func show(_ byte: UInt8) -> String {
    guard (0x21...0x7E).contains(byte) else {
      let hex = String(byte, radix: 16, uppercase: true)
      return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }
    return "'\(Character(Unicode.Scalar(byte)))'"
  }
}
