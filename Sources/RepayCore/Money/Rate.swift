/// A non-negative rate written as a decimal fraction, such as a daily penalty rate (`"0.0005"`,
/// 0.05 % a day) or an annual interest rate (`"0.1825"`), held exactly in billionths.
public struct Rate: Hashable, Sendable, CustomStringConvertible {
  /// The number of decimals a rate may have.
  public static let fractionDigits = 9
  /// The rate in billionths: 500_000 is 0.0005.
  public let billionths: Int64

  /// The rate of `billionths` billionths.
  public init(billionths: Int64) {
    self.billionths = billionths
  }

  /// Reads a decimal string (`"0.0005"`, `"1"`); the error gives the 1-based column of the
  /// fault.
  public init(parsing text: String) throws(RateTextError) {
    switch ScaledDecimal.parse(text, fractionDigits: Self.fractionDigits) {
    case .success(let value) where value < 0: throw RateTextError(.negative, column: 1)
    case .success(let value): billionths = value
    case .failure(.notADecimal(let column)): throw RateTextError(.notADecimal, column: column)
    case .failure(.tooManyDecimals(let column)): throw RateTextError(.tooManyDecimals, column: column)
    case .failure(.tooLarge): throw RateTextError(.tooLarge, column: 1)
    }
  }

  /// The rate with no trailing zeros: `0.0005`, `1`.
  public var description: String {
    let scale = ScaledDecimal.power(ofTen: Self.fractionDigits)
    let fraction = ZeroPadded.text(billionths % scale, width: Self.fractionDigits)
    let trimmed = fraction.reversed().drop { $0 == "0" }.reversed()
    return trimmed.isEmpty ? String(billionths / scale) : "\(billionths / scale).\(String(trimmed))"
  }
}

/// Why a text is not a rate, with the column of the fault.
public typealias RateTextError = TextFault<RateTextFault>

/// What can be wrong with the text of a rate.
public enum RateTextFault: TextFaultReason {
  /// Not digits with an optional point and digits.
  case notADecimal
  /// Below zero.
  case negative
  /// More decimals than a rate keeps.
  case tooManyDecimals
  /// Too large to be held.
  case tooLarge

  /// The message in `language`.
  public func message(in language: Language) -> String {
    let english = language == .english
    switch self {
    case .notADecimal:
      return english ? "a rate is a decimal string such as \"0.0005\"" : "比率应写成十进制字符串，例如 \"0.0005\""
    case .negative: return english ? "a rate cannot be negative" : "比率不能为负数"
    case .tooManyDecimals:
      return english ? "a rate has at most 9 decimals" : "比率最多 9 位小数"
    case .tooLarge: return english ? "the rate is too large" : "比率太大"
    }
  }
}
