import RepayCore

/// One month as a block of lines: its title centred, the weekdays, one row of day cells per
/// week (two lines each when the cells are wide), then its totals per currency.
struct MonthGrid {
  /// The month.
  let month: CalendarMonth
  /// Whether the cells are wide enough for amounts.
  let wide: Bool
  /// The grid part: title, weekdays and weeks, each line as wide as the grid.
  let grid: [String]
  /// The totals part, one line per currency (or one saying nothing is due).
  let totals: [String]

  /// The grid of `month` from the view's inputs, `dues` being the month's occurrences by date.
  init(month: CalendarMonth, wide: Bool, view: CalendarView, dues: [LocalDate: [CalendarDue]]) {
    self.month = month
    self.wide = wide
    let words = CalendarWords(language: view.language)
    let cellWidth = wide ? DayCell.wideWidth : DayCell.narrowWidth
    let gridWidth = 7 * cellWidth
    let title = words.title(of: month)
    var lines = [
      String(repeating: " ", count: (gridWidth - TerminalWidth.columns(title)) / 2)
        + Emphasis.apply([.bold], to: title, enabled: view.colour),
      (0..<7).map {
        DayCell.padded(" " + words.weekday(view.firstWeekday.isoWeekday(inColumn: $0)), to: cellWidth)
      }
      .joined(),
    ]
    let blank = [String](repeating: String(repeating: " ", count: cellWidth), count: wide ? 2 : 1)
    var week: [[String]] = Array(repeating: blank, count: view.firstWeekday.column(of: month.firstDay))
    func endWeek() {
      week += Array(repeating: blank, count: 7 - week.count)
      for line in 0..<blank.count { lines.append(week.map { $0[line] }.joined()) }
      week = []
    }
    for day in 0..<month.dayCount {
      let date = month.firstDay.advanced(by: day)
      let cell = DayCell(
        date: date, dues: dues[date] ?? [], isToday: date == view.today,
        isDayOff: view.holidays.holidays.contains(date),
        isMakeUpWorkday: view.holidays.makeUpWorkdays.contains(date))
      week.append(cell.lines(wide: wide, words: words, colour: view.colour))
      if week.count == 7 { endWeek() }
    }
    if !week.isEmpty { endWeek() }
    grid = lines
    let sums = MonthTotals(dues.values.flatMap { $0 })
    totals =
      sums.lines.isEmpty
      ? [" " + words.nothingDue]
      : sums.lines.map { line in
        let unpaid = Emphasis.apply(
          [line.unpaid.minorUnits == 0 ? .good : .warning], to: line.unpaid.displayText, enabled: view.colour)
        return " " + words.totals(due: line.due.displayText, unpaid: unpaid)
      }
  }

  /// The block's width: the grid's, or a wider totals line's.
  var width: Int {
    (grid + totals).map(TerminalWidth.columns).max() ?? 0
  }
}
