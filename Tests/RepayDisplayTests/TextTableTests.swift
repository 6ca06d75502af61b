import RepayDisplay
import Testing

/// Fitting a table to the terminal: shrinkable columns are cut with "…", wrapping columns (an
/// overdue instalment's status with its penalty) go onto further lines and lose nothing.
struct TextTableTests {
  /// The instalments of `repayctl show` for an overdue one: 88 columns at their natural width.
  private func instalments(wrapping: [Int] = [5], shrinkable: [Int] = []) -> TextTable {
    TextTable(
      header: ["#", "Due", "Amount", "Paid", "Outstanding", "Status"],
      rows: [
        ["1", "2026-12-07", "¥300.00", "¥0.00", "¥300.00", "overdue 3 days, penalty ¥0.45 (+¥0.15/day)"],
        ["2", "2027-01-07", "¥300.00", "¥0.00", "¥300.00", "in 28 days"],
      ], shrinkable: shrinkable, wrapping: wrapping)
  }

  @Test("a wrapping column goes onto a second line at a space: every word whole, no line past 80 columns")
  func wrapsAtSpaces() {
    let lines = instalments().text(width: 80).split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast()
    #expect(
      Array(lines) == [
        "  #  Due         Amount   Paid   Outstanding  Status",
        "  1  2026-12-07  ¥300.00  ¥0.00  ¥300.00      overdue 3 days, penalty ¥0.45",
        "                                              (+¥0.15/day)",
        "  2  2027-01-07  ¥300.00  ¥0.00  ¥300.00      in 28 days",
      ])
    #expect(lines.allSatisfy { TerminalWidth.columns(String($0)) <= 80 })
    // Without a limit, nothing wraps.
    #expect(instalments().text(width: nil).contains("overdue 3 days, penalty ¥0.45 (+¥0.15/day)\n"))
  }

  @Test(
    "the same column marked shrinkable instead is cut, and the per-day penalty lost: what wrapping prevents")
  func shrinkableCuts() {
    let text = instalments(wrapping: [], shrinkable: [5]).text(width: 80)
    #expect(text.contains("penalty ¥0.45 (+¥…\n") && !text.contains("/day"))
  }

  @Test("shrinkable columns are cut first; a wrapping one never narrower than its longest word")
  func order() {
    let table = TextTable(
      rows: [["a long name to cut", "overdue 30 days, penalty ¥1,234.56 (+¥12.34/day)"]], shrinkable: [0],
      wrapping: [1])
    // 2 + 18 + 2 + 48 = 70 columns: at 59 only the name is cut, to 7.
    #expect(table.text(width: 59) == "  a long…  overdue 30 days, penalty ¥1,234.56 (+¥12.34/day)\n")
    // At 20 the name is at its minimum (6) and the status at its longest word, 13 columns: the
    // table is as narrow as it can be without losing a figure.
    #expect(
      table.text(width: 20) == """
          a lon…  overdue 30
                  days, penalty
                  ¥1,234.56
                  (+¥12.34/day)

        """)
  }
}
