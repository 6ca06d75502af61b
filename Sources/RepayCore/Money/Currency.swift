/// A currency of ISO 4217 and the number of digits of its minor unit (CNY 2: fen; JPY 0;
/// KWD 3: fils), which decides how many decimals an amount may have.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
  /// The three-letter code, upper case.
  public let code: String
  /// How many decimal digits the minor unit has (0 to 4).
  public let minorUnitDigits: Int

  /// The currency with code `code` (upper case), or nil when ISO 4217 has no such active code.
  public init?(code: String) {
    guard let digits = Self.minorUnitDigitsByCode[code] else { return nil }
    self.code = code
    self.minorUnitDigits = digits
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
