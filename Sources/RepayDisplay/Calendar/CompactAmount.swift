import RepayCore

/// An amount shortened to fit a calendar's day: as `displayText` writes it when that fits
/// (`¥1,250.00`), else without its zero decimals (`¥123,456`), else rounded half up to one
/// decimal of a large unit, thousands, millions and billions in English (`¥1.2M`), 万 and 亿
/// in Chinese (`¥123.5万`). The totals under the grid are always exact.
enum CompactAmount {
  /// `money` in at most `limit` columns where one of the forms fits, else in the shortest.
  static func text(_ money: Money, limit: Int, language: Language) -> String {
    let full = money.displayText
    guard TerminalWidth.columns(full) > limit else { return full }
    let scale = (0..<money.currency.minorUnitDigits).reduce(Int128(1)) { product, _ in product * 10 }
    let magnitude = Int128(money.minorUnits.magnitude)
    if magnitude % scale == 0, let point = full.firstIndex(of: ".") {
      let fractionEnd = full[point...].dropFirst().firstIndex { !$0.isNumber } ?? full.endIndex
      let whole = String(full[..<point] + full[fractionEnd...])
      if TerminalWidth.columns(whole) <= limit { return whole }
    }
    let units: [(size: Int128, name: String)] =
      switch language {
      case .english: [(1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")]
      case .simplifiedChinese: [(100_000_000, "亿"), (10_000, "万")]
      }
    guard let unit = units.first(where: { magnitude >= $0.size * scale }),
      let firstDigit = full.firstIndex(where: \.isNumber), let lastDigit = full.lastIndex(where: \.isNumber)
    else { return full }
    let divisor = unit.size * scale
    let tenths = (magnitude * 10 + divisor / 2) / divisor
    let number = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    return String(full[..<firstDigit]) + number + unit.name + String(full[full.index(after: lastDigit)...])
  }
}
