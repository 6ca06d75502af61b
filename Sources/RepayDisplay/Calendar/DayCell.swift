import RepayCore

/// One day of the month grid: its number (bracketed when it is today and there is no colour to
/// highlight it), the mark of its most pressing occurrence, its holiday mark and, when the cell
/// is wide, the amount of that day.
///
/// The first line is the day's number in four columns (` dd `, or `[dd]` and ` [d]` for today
/// without colour), the state's mark (one) and the holiday mark (two); a wide cell's second
/// line is a blank and the amount.
struct DayCell {
  /// How wide a cell with amounts is: 7 of them and nothing else make 77 columns.
  static let wideWidth = 11
  /// How wide a cell without amounts is: a month of them is 49 columns.
  static let narrowWidth = 7

  /// The day.
  let date: LocalDate
  /// The occurrences due on it.
  let dues: [CalendarDue]
  /// Whether it is today.
  let isToday: Bool
  /// Whether it is a public holiday.
  let isDayOff: Bool
  /// Whether it is a make-up working day (which wins over a holiday on the same date, as it does
  /// for the business-day rule).
  let isMakeUpWorkday: Bool

  /// A day number in two columns, right-aligned.
  private static func number(_ day: Int) -> String {
    day < 10 ? " \(day)" : "\(day)"
  }

  /// The cell's lines, each exactly `wide ? wideWidth : narrowWidth` columns: one, or two when
  /// `wide`.
  func lines(wide: Bool, words: CalendarWords, colour: Bool) -> [String] {
    let state = dues.map(\.state).max()
    let emphasis = state?.emphasis.map { [$0] } ?? []
    let day = date.parts.day
    var first =
      isToday && !colour
      ? String(repeating: " ", count: 2 - "\(day)".count) + "[\(day)]"
      : " " + Emphasis.apply((isToday ? [.highlight] : []) + emphasis, to: Self.number(day), enabled: colour)
        + " "
    first += state.map { Emphasis.apply(emphasis, to: $0.mark, enabled: colour) } ?? " "
    if isMakeUpWorkday {
      first += Emphasis.apply([.makeUpWorkday], to: words.makeUpWorkday, enabled: colour)
    } else if isDayOff {
      first += Emphasis.apply([.dayOff], to: words.dayOff, enabled: colour)
    }
    let width = wide ? Self.wideWidth : Self.narrowWidth
    guard wide else { return [Self.padded(first, to: width)] }
    let amount = state.map { amountText(of: $0, limit: width - 1, language: words.language) } ?? ""
    return [
      Self.padded(first, to: width),
      Self.padded(" " + Emphasis.apply(emphasis, to: amount, enabled: colour), to: width),
    ]
  }

  /// `text` with blanks added to `width` columns.
  static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - TerminalWidth.columns(text)))
  }

  /// What the day asks for in the form of `state`: what is still unpaid on its open
  /// occurrences, or what its paid ones asked for; in the first currency, with `+` when another
  /// currency is due that day too.
  private func amountText(of state: DueState, limit: Int, language: Language) -> String {
    let shown = dues.filter { (state == .paid) == ($0.state == .paid) }
    guard let currency = shown.first?.amount.currency else { return "" }
    let sum = shown.filter { $0.amount.currency == currency }.reduce(Int128(0)) {
      $0 + Int128(state == .paid ? $1.amount.minorUnits : $1.outstanding.minorUnits)
    }
    let more = shown.contains { $0.amount.currency != currency }
    let text = CompactAmount.text(
      Money(minorUnits: Int64(clamping: sum), currency: currency), limit: limit - (more ? 1 : 0),
      language: language)
    return text + (more ? "+" : "")
  }
}
