/// A currency of ISO 4217 and the number of digits of its minor unit (CNY 2: fen; JPY 0;
/// KWD 3: fils), which decides how many decimals an amount may have.
///
/// Held in four bytes (the code's three ASCII letters and the digits) rather than a string and
/// an integer: every loan holds up to four amounts, and a household may have 10,000 loans.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
  /// The code's three bytes (the first lowest), then the minor unit's digits in the top byte.
  private let packed: UInt32

  /// The three-letter code, upper case.
  public var code: String {
    withUnsafeBytes(of: packed.littleEndian) { String(decoding: $0.prefix(3), as: UTF8.self) }
  }

  /// How many decimal digits the minor unit has (0 to 4).
  public var minorUnitDigits: Int { Int(packed >> 24) }

  /// The currency with code `code` (upper case), or nil when ISO 4217 has no such active code.
  public init?(code: String) {
    guard let digits = Self.minorUnitDigitsByCode[code] else { return nil }
    // Every code of the table is three ASCII letters.
    var packed = UInt32(digits) << 24
    for (index, byte) in code.utf8.prefix(3).enumerated() { packed |= UInt32(byte) << (8 * index) }
    self.packed = packed
  }

  /// The code, as configuration files and JSON write it.
  public var description: String { code }

  /// The active codes of ISO 4217 whose minor unit is not two digits, and then all the others.
  /// (The list of the standard's maintenance agency; funds codes and precious metals left out.)
  private static let minorUnitDigitsByCode: [String: Int] = {
    var table: [String: Int] = [:]
    for code in zeroDigitCodes { table[code] = 0 }
    for code in threeDigitCodes { table[code] = 3 }
    for code in fourDigitCodes { table[code] = 4 }
    for code in twoDigitCodes { table[code] = 2 }
    return table
  }()

  private static let zeroDigitCodes = [
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV",
    "XAF", "XOF", "XPF",
  ]
  private static let threeDigitCodes = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]
  private static let fourDigitCodes = ["CLF", "UYW"]
  private static let twoDigitCodes = [
    "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD",
    "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC",
    "CUP", "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL",
    "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD",
    "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA",
    "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO",
    "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR",
    "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
    "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VES", "VED",
    "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG",
  ]
}
