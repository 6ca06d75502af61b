import RepayCore

/// `repayctl calendar`'s screen: month grids with the due days marked by state (and their amounts
/// where the cells are wide), holidays and make-up working days, today highlighted, each month's
/// totals per currency under it, and a legend. Pure: today, the width and colour are inputs.
///
/// Layout: several months stand side by side in narrow cells (49 columns a month, no amounts)
/// as many to a row as the width takes when that is at least two; else they stand one under
/// another in wide cells (77 columns, with amounts), or narrow ones when the width is below 77.
public struct CalendarView {
  /// The months shown, in order.
  public var months: [CalendarMonth]
  /// Today in the configuration's zone, highlighted.
  public var today: LocalDate
  /// The day weeks begin with.
  public var firstWeekday: FirstWeekday
  /// The language of the words.
  public var language: Language
  /// Whether to write colour and reverse video (else brackets mark today).
  public var colour: Bool
  /// The terminal's width; nil for no limit (one month under another, wide, the legend as wide
  /// as they are).
  public var width: Int?
  /// The occurrences to mark, in any order; those outside the months are left out.
  public var dues: [CalendarDue]
  /// The holidays and make-up working days to mark.
  public var holidays: HolidayCalendar

  /// Blanks between months side by side.
  static let gap = 2

  /// A view with these inputs.
  public init(
    months: [CalendarMonth], today: LocalDate, firstWeekday: FirstWeekday, language: Language, colour: Bool,
    width: Int?, dues: [CalendarDue], holidays: HolidayCalendar
  ) {
    self.months = months
    self.today = today
    self.firstWeekday = firstWeekday
    self.language = language
    self.colour = colour
    self.width = width
    self.dues = dues
    self.holidays = holidays
  }

  /// The screen's lines, each ending in a newline, without trailing blanks.
  public var text: String {
    let byDate = Dictionary(grouping: dues, by: \.date)
    func grids(wide: Bool) -> [MonthGrid] {
      months.map { month in
        MonthGrid(month: month, wide: wide, view: self, dues: byDate.filter { month.contains($0.key) })
      }
    }
    let narrow = grids(wide: false)
    let widest = narrow.map(\.width).max() ?? 0
    let perRow = width.map { ($0 + Self.gap) / (widest + Self.gap) } ?? 1
    var rows: [[MonthGrid]]
    if months.count > 1, perRow >= 2 {
      rows = stride(from: 0, to: narrow.count, by: perRow).map {
        Array(narrow[$0..<min($0 + perRow, narrow.count)])
      }
    } else {
      let wideFits = width.map { $0 >= 7 * DayCell.wideWidth } ?? true
      rows = (wideFits ? grids(wide: true) : narrow).map { [$0] }
    }
    var lines: [String] = []
    for row in rows {
      if !lines.isEmpty { lines.append("") }
      lines += Self.sideBySide(row)
    }
    let legend = CalendarLegend(words: CalendarWords(language: language), colour: colour)
    // Without a terminal's width the legend is kept as wide as the months above it.
    let legendWidth = width ?? lines.map(TerminalWidth.columns).max()
    return (lines + [""]).map { Self.trimmed($0) + "\n" }.joined()
      + legend.text(today: today, width: legendWidth)
  }

  /// The lines of `grids` next to each other, their grid parts made as tall as the tallest so
  /// that the totals line up.
  private static func sideBySide(_ grids: [MonthGrid]) -> [String] {
    let gridHeight = grids.map(\.grid.count).max() ?? 0
    let blocks = grids.map { grid in
      grid.grid + Array(repeating: "", count: gridHeight - grid.grid.count) + grid.totals
    }
    let height = blocks.map(\.count).max() ?? 0
    return (0..<height).map { index in
      zip(grids, blocks).map { grid, block in
        DayCell.padded(index < block.count ? block[index] : "", to: grid.width)
      }.joined(separator: String(repeating: " ", count: gap))
    }
  }

  /// `line` without the blanks at its end.
  private static func trimmed(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    return String(line)
  }
}
