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
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumDecimalBytes) { buffer in
      let count = Self.writeDecimal(
        minorUnits, fractionDigits: currency.minorUnitDigits, into: buffer.baseAddress!)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
  }

  /// The most bytes `writeDecimal` writes: a minus, the 19 digits of the largest magnitude and
  /// the point.
  public static let maximumDecimalBytes = 21

  /// Writes `decimalText` of `minorUnits` with `fractionDigits` decimals (0 to 4) as UTF-8 at
  /// `start`, which has room for `maximumDecimalBytes`; returns how many bytes it wrote. The one
  /// formatting of amounts: `decimalText` and the offline plan's JSON (120,000 amounts) write
  /// through it, without a string in between for the latter.
  public static func writeDecimal(
    _ minorUnits: Int64, fractionDigits: Int, into start: UnsafeMutablePointer<UInt8>
  )
    -> Int
  {
    var magnitude = minorUnits.magnitude
    // The digits from the bit length: ⌊bits × log10 2⌋ (1233 / 4096 is close enough below 2^64)
    // is the number of digits or one less, which one comparison tells. The magnitude is below
    // 10^19, so every power compared with fits.
    let estimate = ((UInt64.bitWidth - magnitude.leadingZeroBitCount) &* 1233) >> 12
    let digitCount = max(1, magnitude >= powerOfTen(estimate) ? estimate &+ 1 : estimate)
    // At least one digit before the point: 5 fen is 0.05.
    let shown = fractionDigits > 0 ? max(digitCount, fractionDigits + 1) : digitCount
    let count = (minorUnits < 0 ? 1 : 0) + shown + (fractionDigits > 0 ? 1 : 0)
    // Written from the last byte back, two digits at a time from a table where two are left
    // (the offline plan writes 90,000 amounts): the decimals, the point, then the whole part.
    // 00 to 99, two bytes each: a literal here rather than a stored constant, whose every use
    // went through a check that it was made.
    let pairs: StaticString = """
      00010203040506070809101112131415161718192021222324252627282930313233343536373839\
      40414243444546474849505152535455565758596061626364656667686970717273747576777879\
      8081828384858687888990919293949596979899
      """
    let table = pairs.utf8Start
    var end = start + count
    func putPair(_ value: UInt64) {
      let pair = Int(truncatingIfNeeded: value) &* 2
      end -= 2
      end[0] = table[pair]
      end[1] = table[pair &+ 1]
    }
    func putDigit(_ value: UInt64) {
      end -= 1
      end.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
    }
    var decimals = fractionDigits
    while decimals >= 2 {
      putPair(magnitude % 100)
      magnitude /= 100
      decimals &-= 2
    }
    if decimals == 1 {
      putDigit(magnitude % 10)
      magnitude /= 10
    }
    if fractionDigits > 0 {
      end -= 1
      end.pointee = UInt8(ascii: ".")
    }
    // Four digits for each division of the whole magnitude, then two.
    while magnitude >= 10_000 {
      let four = magnitude % 10_000
      magnitude /= 10_000
      putPair(four % 100)
      putPair(four / 100)
    }
    if magnitude >= 100 {
      putPair(magnitude % 100)
      magnitude /= 100
    }
    if magnitude >= 10 { putPair(magnitude) } else { putDigit(magnitude) }
    if minorUnits < 0 { start.pointee = UInt8(ascii: "-") }
    return count
  }

  /// 10^`exponent`, for `exponent` from 0 to 19: a switch of constants, which the compiler makes
  /// a table, for `writeDecimal`.
  private static func powerOfTen(_ exponent: Int) -> UInt64 {
    switch exponent {
    case 0: 1
    case 1: 10
    case 2: 100
    case 3: 1_000
    case 4: 10_000
    case 5: 100_000
    case 6: 1_000_000
    case 7: 10_000_000
    case 8: 100_000_000
    case 9: 1_000_000_000
    case 10: 10_000_000_000
    case 11: 100_000_000_000
    case 12: 1_000_000_000_000
    case 13: 10_000_000_000_000
    case 14: 100_000_000_000_000
    case 15: 1_000_000_000_000_000
    case 16: 10_000_000_000_000_000
    case 17: 100_000_000_000_000_000
    case 18: 1_000_000_000_000_000_000
    default: 10_000_000_000_000_000_000
    }
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
