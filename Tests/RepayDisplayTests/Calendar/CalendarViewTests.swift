import RepayCore
import RepayDisplay
import Testing

/// The month grid as text: where each day stands, its marks, amounts and totals, in both
/// languages and both first weekdays, plain and in colour, one month or several.
struct CalendarViewTests {
  private static let february = CalendarMonth(year: 2026, month: 2)
  private static let today = LocalDate(year: 2026, month: 2, day: 12)!

  private static func date(_ day: Int) -> LocalDate { LocalDate(year: 2026, month: 2, day: day)! }

  private static func money(_ text: String, _ code: String = "CNY") -> Money {
    try! Money(parsing: text, currency: Currency(code: code)!)
  }

  /// February 2026 of the household in Screens/calendar: one due day in each state, the Spring
  /// Festival holidays and the two make-up working days.
  private static let dues = [
    CalendarDue(date: date(5), state: .paid, amount: money("1250.00"), outstanding: money("0.00")),
    CalendarDue(date: date(10), state: .overdue, amount: money("300.00"), outstanding: money("300.00")),
    CalendarDue(date: date(12), state: .due, amount: money("8765.43"), outstanding: money("8765.43")),
    CalendarDue(date: date(14), state: .soon, amount: money("12345.67"), outstanding: money("12345.67")),
    CalendarDue(date: date(24), state: .later, amount: money("123456.78"), outstanding: money("123456.78")),
    CalendarDue(
      date: date(28), state: .later, amount: money("30.00", "USD"), outstanding: money("30.00", "USD")),
  ]

  private static let springFestival = HolidayCalendar(
    holidays: Set((15...23).map(date)), makeUpWorkdays: [date(14), date(28)])

  private func view(
    months: [CalendarMonth] = [february], firstWeekday: FirstWeekday = .monday, language: Language = .english,
    colour: Bool = false, width: Int? = 80, dues: [CalendarDue] = dues
  ) -> String {
    CalendarView(
      months: months, today: Self.today, firstWeekday: firstWeekday, language: language, colour: colour,
      width: width, dues: dues, holidays: Self.springFestival
    ).text
  }

  @Test("a known month at 80 columns: Monday first, each state's mark, amounts, holidays, today, totals")
  func english() {
    #expect(
      view() == """
                                        February 2026
         Mon        Tue        Wed        Thu        Fri        Sat        Sun
                                                                            1

          2          3          4          5 ✓        6          7          8
                                          ¥1,250.00
          9         10 !       11        [12]*       13         14 ~W      15  H
                    ¥300.00               ¥8,765.43             ¥12,345.67
         16  H      17  H      18  H      19  H      20  H      21  H      22  H

         23  H      24 +       25         26         27         28 +W
                    ¥123.5k                                     $30.00
         Due ¥146,117.88, unpaid ¥144,867.88
         Due $30.00, unpaid $30.00

          ✓ paid · + due later · ~ due soon (advance reminders)
          * due today or in grace days · ! overdue · H public holiday
          W make-up working day · [12] today

        """)
  }

  @Test("Chinese: wide weekday names and marks keep the columns, and every line fits 80")
  func chinese() {
    let text = view(language: .simplifiedChinese)
    #expect(
      text == """
                                          2026年2月
         周一       周二       周三       周四       周五       周六       周日
                                                                            1

          2          3          4          5 ✓        6          7          8
                                          ¥1,250.00
          9         10 !       11        [12]*       13         14 ~班     15  休
                    ¥300.00               ¥8,765.43             ¥12,345.67
         16  休     17  休     18  休     19  休     20  休     21  休     22  休

         23  休     24 +       25         26         27         28 +班
                    ¥12.3万                                     $30.00
         应还 ¥146,117.88，未还 ¥144,867.88
         应还 $30.00，未还 $30.00

          ✓ 已还 · + 待还 · ~ 即将到期（提前提醒期内） · * 今日应还或在宽限期内 · ! 逾期
          休 法定节假日 · 班 调休上班日 · [12] 今天

        """)
    #expect(text.split(separator: "\n").allSatisfy { TerminalWidth.columns(String($0)) <= 80 })
  }

  @Test("Sunday first: the 1st, a Sunday, opens the first week and Saturday closes each")
  func sundayFirst() {
    let lines = view(firstWeekday: .sunday).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == " Sun        Mon        Tue        Wed        Thu        Fri        Sat")
    #expect(lines[2] == "  1          2          3          4          5 ✓        6          7")
    #expect(lines[4] == "  8          9         10 !       11        [12]*       13         14 ~W")
    #expect(lines[8] == " 22  H      23  H      24 +       25         26         27         28 +W")
  }

  @Test(
    "totals per currency: everything due in the month and what is still unpaid, a partial payment counted")
  func totals() {
    let dues = [
      CalendarDue(
        date: Self.date(3), state: .paid, amount: Self.money("100.00"), outstanding: Self.money("0.00")),
      CalendarDue(
        date: Self.date(3), state: .overdue, amount: Self.money("50.00"), outstanding: Self.money("20.01")),
      CalendarDue(
        date: Self.date(20), state: .later, amount: Self.money("1.00", "EUR"),
        outstanding: Self.money("1.00", "EUR")),
      CalendarDue(
        date: LocalDate(year: 2026, month: 3, day: 3)!, state: .later, amount: Self.money("999.00"),
        outstanding: Self.money("999.00")),
    ]
    let lines = view(dues: dues).split(separator: "\n")
    #expect(lines.contains(" Due ¥150.00, unpaid ¥20.01"))
    #expect(lines.contains(" Due €1.00, unpaid €1.00"))
    // The day shows what is still unpaid on its most pressing occurrences.
    #expect(lines.contains { $0.hasPrefix("  2          3 !        4") })
    #expect(lines.contains { $0.hasPrefix("            ¥20.01") })
    #expect(view(dues: []).contains(" Nothing due\n"))
    #expect(view(language: .simplifiedChinese, dues: []).contains(" 本月无应还款项\n"))
  }

  @Test("colour: today in reverse video without brackets, each state and holiday mark in its colour")
  func colour() {
    let text = view(colour: true)
    #expect(text.contains(" \u{1B}[7;1;33m12\u{1B}[0m \u{1B}[1;33m*\u{1B}[0m"))
    #expect(!text.contains("[12]"))
    #expect(text.contains("\u{1B}[1;31m10\u{1B}[0m \u{1B}[1;31m!\u{1B}[0m"))
    #expect(text.contains("\u{1B}[32m 5\u{1B}[0m \u{1B}[32m✓\u{1B}[0m"))
    #expect(text.contains("\u{1B}[33m~\u{1B}[0m\u{1B}[35mW\u{1B}[0m"))
    #expect(text.contains("\u{1B}[36mH\u{1B}[0m"))
    #expect(text.contains("\u{1B}[7m12\u{1B}[0m today"))
    // Colour changes no column.
    let plain = view()
    let stripped = text.replacing(/\x{1B}\[[0-9;]*m/, with: "").replacing(" 12 *", with: "[12]*")
    #expect(stripped.replacing("12 today", with: "[12] today") == plain)
  }

  @Test(
    "several months: side by side without amounts when the width takes two or more, else one under another")
  func severalMonths() {
    let three = [Self.february.advanced(by: -1), Self.february, Self.february.advanced(by: 1)]
    let wide = view(months: three, width: 160).split(separator: "\n")
    #expect(
      wide[0].contains("January 2026") && wide[0].contains("February 2026") && wide[0].contains("March 2026"))
    #expect(wide.allSatisfy { TerminalWidth.columns(String($0)) <= 160 })
    #expect(!wide.contains { $0.contains("¥1,250.00") && !$0.contains("Due") })
    let two = view(months: three, width: 110).split(separator: "\n")
    #expect(two[0].contains("January 2026") && two[0].contains("February 2026") && !two[0].contains("March"))
    let stacked = view(months: three, width: 80).split(separator: "\n")
    #expect(stacked.filter { $0.contains(" 2026") && !$0.contains("Due") }.count == 3)
    #expect(stacked.contains { $0.contains("¥1,250.00") && !$0.contains("Due") })
    #expect(stacked.allSatisfy { TerminalWidth.columns(String($0)) <= 80 })
    let narrow = view(width: 60).split(separator: "\n")
    #expect(narrow.allSatisfy { TerminalWidth.columns(String($0)) <= 60 })
    #expect(narrow.contains { $0.hasPrefix("  9     10 !   11    [12]*   13     14 ~W  15  H") })
  }
}
