extension Money {
  /// The amount as people read it: the currency's symbol where it has a well-known one,
  /// thousands grouped (`¥1,250.00`, `$30.00`, `€5.10`), else the code after the number
  /// (`1,250.000 KWD`).
  public var displayText: String {
    let text = decimalText
    let negative = text.hasPrefix("-")
    let digits = negative ? text.dropFirst() : Substring(text)
    let point = digits.firstIndex(of: ".") ?? digits.endIndex
    var whole = ""
    for (index, character) in digits[..<point].enumerated() {
      if index > 0, (digits.distance(from: digits.startIndex, to: point) - index) % 3 == 0 { whole += "," }
      whole.append(character)
    }
    let sign = negative ? "-" : ""
    guard let symbol = Self.symbols[currency.code] else {
      return sign + whole + digits[point...] + " " + currency.code
    }
    return sign + symbol + whole + digits[point...]
  }

  private static let symbols = ["CNY": "¥", "JPY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"]
}
