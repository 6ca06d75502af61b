import RepayCore
import Testing

struct MoneyTests {
  private let yuan = Currency(code: "CNY")!
  private let yen = Currency(code: "JPY")!
  private let dinar = Currency(code: "KWD")!

  @Test("ISO 4217 minor units: two digits for most, none for yen and won, three for dinars")
  func minorUnits() {
    #expect(yuan.minorUnitDigits == 2)
    #expect(Currency(code: "USD")?.minorUnitDigits == 2)
    #expect(yen.minorUnitDigits == 0)
    #expect(Currency(code: "KRW")?.minorUnitDigits == 0)
    #expect(dinar.minorUnitDigits == 3)
    #expect(Currency(code: "CLF")?.minorUnitDigits == 4)
    #expect(Currency(code: "XYZ") == nil)
    #expect(Currency(code: "cny") == nil)
  }

  @Test("a currency gives back its code; equal codes are equal currencies, others are not")
  func codes() {
    #expect(yuan.code == "CNY" && yen.code == "JPY" && dinar.code == "KWD")
    #expect(yuan.description == "CNY")
    #expect(Currency(code: "CNY") == yuan && Currency(code: "CNY")!.hashValue == yuan.hashValue)
    #expect(yuan != yen && yen != dinar)
  }

  @Test(
    "decimal strings become exact minor units",
    arguments: [
      ("1250.00", 125_000), ("1250", 125_000), ("0.5", 50), ("0.05", 5), ("-3.20", -320), ("0", 0),
      ("92233720368547758.07", 9_223_372_036_854_775_807),
    ] as [(String, Int64)])
  func parsing(_ text: String, _ minorUnits: Int64) throws {
    #expect(try Money(parsing: text, currency: yuan).minorUnits == minorUnits)
  }

  @Test("the text form has exactly the currency's decimals")
  func text() throws {
    #expect(try Money(parsing: "1250", currency: yuan).decimalText == "1250.00")
    #expect(try Money(parsing: "-0.5", currency: yuan).decimalText == "-0.50")
    #expect(try Money(parsing: "300", currency: yen).decimalText == "300")
    #expect(try Money(parsing: "1.5", currency: dinar).decimalText == "1.500")
    #expect(try Money(parsing: "1.5", currency: dinar).description == "1.500 KWD")
  }

  @Test(
    "the text form at every width and at the extremes, with 0 to 4 decimals, as written by hand",
    arguments: [("JPY", 0), ("CNY", 2), ("KWD", 3), ("CLF", 4)])
  func textAtEveryWidth(_ code: String, _ fractionDigits: Int) throws {
    let currency = try #require(Currency(code: code))
    var values: [Int64] = [0, 1, -1, Int64.max, Int64.min, Int64.max - 1, Int64.min + 1]
    var power: Int64 = 1
    for _ in 0..<18 {
      power *= 10
      values += [power, power - 1, -power, 1 - power, power + 7]
    }
    let scale = (0..<fractionDigits).reduce(UInt64(1)) { product, _ in product * 10 }
    for value in values {
      let fraction = String(value.magnitude % scale)
      let expected =
        (value < 0 ? "-" : "") + String(value.magnitude / scale)
        + (fractionDigits > 0
          ? "." + String(repeating: "0", count: fractionDigits - fraction.count) + fraction : "")
      var bytes = [UInt8](repeating: 0, count: Money.maximumDecimalBytes)
      let count = bytes.withUnsafeMutableBufferPointer {
        Money.writeDecimal(value, fractionDigits: fractionDigits, into: $0.baseAddress!)
      }
      #expect(String(decoding: bytes[..<count], as: UTF8.self) == expected, "\(value)")
      #expect(Money(minorUnits: value, currency: currency).decimalText == expected, "\(value)")
    }
  }

  @Test(
    "bad amounts are refused at the column of the fault",
    arguments: [
      ("12.345", MoneyTextFault.tooManyDecimals(allowed: 2), 6), ("1.", .notADecimal, 3),
      (".5", .notADecimal, 1), ("1,250.00", .notADecimal, 2), ("", .notADecimal, 1), ("1e3", .notADecimal, 2),
      ("92233720368547758.08", .tooLarge, 1), ("99999999999999999999", .tooLarge, 1),
    ] as [(String, MoneyTextFault, Int)])
  func refused(_ text: String, _ reason: MoneyTextFault, _ column: Int) {
    #expect(throws: MoneyTextError(reason, column: column)) { try Money(parsing: text, currency: yuan) }
  }

  @Test("yen has no decimals at all")
  func yenDecimals() {
    #expect(throws: MoneyTextError(.tooManyDecimals(allowed: 0), column: 3)) {
      try Money(parsing: "1.0", currency: yen)
    }
  }

  @Test("sums stay exact and report overflow")
  func sums() throws {
    let a = try Money(parsing: "0.10", currency: yuan)
    let b = try Money(parsing: "0.20", currency: yuan)
    #expect(a.adding(b)?.decimalText == "0.30")
    #expect(Money(minorUnits: .max, currency: yuan).adding(a) == nil)
  }

  @Test("messages in both languages")
  func messages() {
    let error = MoneyTextError(.tooManyDecimals(allowed: 2), column: 6)
    #expect(error.message(in: .english).contains("2 decimals"))
    #expect(error.message(in: .simplifiedChinese).contains("2 位小数"))
  }
}
