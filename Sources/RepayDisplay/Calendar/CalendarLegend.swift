import RepayCore

/// The key under the calendar: each state's mark, the holiday marks and today's highlight, in
/// the colours the grid uses, laid out on lines of at most the width.
struct CalendarLegend {
  /// The words.
  let words: CalendarWords
  /// Whether it is written in colour.
  let colour: Bool

  /// The legend's lines, each ending in a newline, for `width` columns (nil: no limit); today's
  /// sample is `today`'s day number, highlighted as in the grid.
  func text(today: LocalDate, width: Int?) -> String {
    let states = DueState.allCases.map { state in
      Emphasis.apply(state.emphasis.map { [$0] } ?? [], to: state.mark, enabled: colour) + " "
        + words.meaning(of: state)
    }
    let day = "\(today.parts.day)"
    let todaySample = colour ? Emphasis.apply([.highlight], to: day, enabled: true) : "[" + day + "]"
    return Display.items(
      states + [
        Emphasis.apply([.dayOff], to: words.dayOff, enabled: colour) + " " + words.dayOffMeaning,
        Emphasis.apply([.makeUpWorkday], to: words.makeUpWorkday, enabled: colour) + " "
          + words.makeUpWorkdayMeaning,
        todaySample + " " + words.todayMeaning,
      ], width: width)
  }
}
