/// The reading of decimal strings into whole numbers of a fixed fraction (`"12.5"` with two
/// digits is 1250), shared by amounts and rates so that both accept exactly the same texts.
enum ScaledDecimal {
  /// What can be wrong, with the 1-based column of the fault where there is one.
  enum Fault: Error {
    case notADecimal(column: Int)
    case tooManyDecimals(column: Int)
    case tooLarge
  }

  /// `text` (an optional minus, digits, and an optional point followed by at most
  /// `fractionDigits` digits) times 10^`fractionDigits`.
  static func parse(_ text: String, fractionDigits: Int) -> Result<Int64, Fault> {
    let characters = Array(text.utf8)
    var index = 0
    let negative = characters.first == UInt8(ascii: "-")
    if negative { index = 1 }
    var whole: Int64 = 0
    var wholeDigits = 0
    while index < characters.count, (48...57).contains(characters[index]) {
      let (shifted, overflow) = whole.multipliedReportingOverflow(by: 10)
      let (sum, carry) = shifted.addingReportingOverflow(Int64(characters[index] - 48))
      guard !overflow, !carry else { return .failure(.tooLarge) }
      whole = sum
      wholeDigits += 1
      index += 1
    }
    guard wholeDigits > 0 else { return .failure(.notADecimal(column: index + 1)) }
    var fraction: Int64 = 0
    var digits = 0
    if index < characters.count, characters[index] == UInt8(ascii: ".") {
      index += 1
      while index < characters.count, (48...57).contains(characters[index]) {
        digits += 1
        guard digits <= fractionDigits else { return .failure(.tooManyDecimals(column: index + 1)) }
        fraction = fraction * 10 + Int64(characters[index] - 48)
        index += 1
      }
      guard digits > 0 else { return .failure(.notADecimal(column: index + 1)) }
    }
    guard index == characters.count else { return .failure(.notADecimal(column: index + 1)) }
    for _ in digits..<fractionDigits { fraction *= 10 }
    let (scaled, overflow) = whole.multipliedReportingOverflow(by: power(ofTen: fractionDigits))
    let (total, carry) = scaled.addingReportingOverflow(fraction)
    guard !overflow, !carry else { return .failure(.tooLarge) }
    return .success(negative ? -total : total)
  }

  /// 10^`exponent`, for exponents that fit.
  static func power(ofTen exponent: Int) -> Int64 {
    (0..<exponent).reduce(1) { result, _ in result * 10 }
  }
}
