import RepayCore
import Testing

@testable import RepayDisplay

/// A day's amount in at most ten columns: exact when it fits, else without zero decimals, else
/// in a large unit with one decimal, rounded half up (k, M, B in English; 万, 亿 in Chinese).
struct CompactAmountTests {
  private func money(_ text: String, _ code: String = "CNY") throws -> Money {
    try Money(parsing: text, currency: try #require(Currency(code: code)))
  }

  @Test(
    "the forms, in English and Chinese",
    arguments: [
      ("1250.00", "CNY", "¥1,250.00", "¥1,250.00"),
      ("12345.67", "CNY", "¥12,345.67", "¥12,345.67"),
      ("123456.00", "CNY", "¥123,456", "¥123,456"),
      ("123456.78", "CNY", "¥123.5k", "¥12.3万"),
      ("123449.99", "CNY", "¥123.4k", "¥12.3万"),
      ("100000.01", "CNY", "¥100k", "¥10万"),
      ("12345678.90", "CNY", "¥12.3M", "¥1234.6万"),
      ("123456789.00", "CNY", "¥123.5M", "¥1.2亿"),
      ("1250.000", "KWD", "1,250 KWD", "1,250 KWD"),
      ("12500.500", "KWD", "12.5k KWD", "1.3万 KWD"),
      ("30.00", "USD", "$30.00", "$30.00"),
    ])
  func forms(amount: String, code: String, english: String, chinese: String) throws {
    let value = try money(amount, code)
    #expect(CompactAmount.text(value, limit: 10, language: .english) == english)
    #expect(CompactAmount.text(value, limit: 10, language: .simplifiedChinese) == chinese)
  }
}
