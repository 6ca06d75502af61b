/// An amount of money in a currency, held as a whole number of its minor units (fen, cents),
/// never as a binary float.
public struct Money: Hashable, Sendable, CustomStringConvertible {
  /// The amount in minor units: 125000 is 1,250.00 CNY.
  public let minorUnits: Int64
  /// The currency.
  public let currency: Currency

  /// An amount of `minorUnits` minor units of `currency`.
  public init(minorUnits: Int64, currency: Currency) {
    self.minorUnits = minorUnits
    self.currency = currency
  }

  /// Reads a decimal string in major units as configuration files write amounts (`"1250.00"`,
  /// `"1250"`, `"0.5"`, `"-3.20"`): an optional minus, digits, and at most as many decimals as
  /// the currency's minor unit has. The error says what is wrong and where in the text
  /// (1-based, in characters).
  public init(parsing text: String, currency: Currency) throws(MoneyTextError) {
    switch ScaledDecimal.parse(text, fractionDigits: currency.minorUnitDigits) {
    case .success(let minorUnits): self.init(minorUnits: minorUnits, currency: currency)
    case .failure(.notADecimal(let column)): throw MoneyTextError(.notADecimal, column: column)
    case .failure(.tooManyDecimals(let column)):
      throw MoneyTextError(.tooManyDecimals(allowed: currency.minorUnitDigits), column: column)
    case .failure(.tooLarge): throw MoneyTextError(.tooLarge, column: 1)
    }
  }

  /// The amount in major units with exactly the currency's decimals (`"1250.00"`, `"-0.05"`,
  /// `"300"` for JPY): the form of the fixed interfaces.
  public var decimalText: String {
    let digits = currency.minorUnitDigits
    let magnitude = minorUnits.magnitude
    let scale = UInt64(ScaledDecimal.power(ofTen: digits))
    let sign = minorUnits < 0 ? "-" : ""
    guard digits > 0 else { return sign + String(magnitude) }
    return sign + String(magnitude / scale) + "." + ZeroPadded.text(magnitude % scale, width: digits)
  }

  /// `decimalText` and the currency code: `1250.00 CNY`.
  public var description: String { "\(decimalText) \(currency.code)" }

  /// The sum of two amounts in the same currency, or nil when it would not fit.
  public func adding(_ other: Money) -> Money? {
    precondition(other.currency == currency, "adding \(other.currency) to \(currency)")
    let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
    return overflow ? nil : Money(minorUnits: sum, currency: currency)
  }

}

/// Why a text is not an amount of money, with the column of the fault.
public typealias MoneyTextError = TextFault<MoneyTextFault>

/// What can be wrong with the text of an amount of money.
public enum MoneyTextFault: TextFaultReason {
  /// Not an optional minus, digits and an optional point with digits.
  case notADecimal
  /// More decimals than the currency's minor unit has.
  case tooManyDecimals(allowed: Int)
  /// Too large to be held.
  case tooLarge

  /// The message in `language`.
  public func message(in language: Language) -> String {
    let english = language == .english
    switch self {
    case .notADecimal:
      return english
        ? "an amount is a decimal string such as \"1250.00\"" : "金额应写成十进制字符串，例如 \"1250.00\""
    case .tooManyDecimals(0):
      return english ? "this currency has no minor unit; write a whole number" : "该货币没有辅币单位；请写整数"
    case .tooManyDecimals(let allowed):
      return english
        ? "this currency has \(allowed) decimal\(allowed == 1 ? "" : "s"); write at most \(allowed) after the point"
        : "该货币只有 \(allowed) 位小数；小数点后最多写 \(allowed) 位"
    case .tooLarge:
      return english ? "the amount is too large" : "金额太大"
    }
  }
}
