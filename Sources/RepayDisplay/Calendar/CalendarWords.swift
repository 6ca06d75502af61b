import RepayCore

/// The words of the calendar view in each language: the month's title, the weekdays, the marks
/// of holidays and make-up working days, the totals and the legend.
struct CalendarWords {
  /// The language they are in.
  let language: Language

  /// `February 2026`, `2026年2月`.
  func title(of month: CalendarMonth) -> String {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ]
    return language.text(en: "\(names[month.month - 1]) \(month.year)", zh: "\(month.year)年\(month.month)月")
  }

  /// The short name of the ISO weekday `weekday` (1 Monday to 7 Sunday): `Mon`, `周一`.
  func weekday(_ weekday: Int) -> String {
    let english = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let chinese = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    return language.text(en: english[weekday - 1], zh: chinese[weekday - 1])
  }

  /// The mark of a public holiday, at most two columns: `H`, `休`.
  var dayOff: String { language.text(en: "H", zh: "休") }

  /// The mark of a make-up working day, at most two columns: `W`, `班`.
  var makeUpWorkday: String { language.text(en: "W", zh: "班") }

  /// What a month's totals in one currency say, amounts as given.
  func totals(due: String, unpaid: String) -> String {
    language.text(en: "Due \(due), unpaid \(unpaid)", zh: "应还 \(due)，未还 \(unpaid)")
  }

  /// What the totals say of a month with nothing due.
  var nothingDue: String { language.text(en: "Nothing due", zh: "本月无应还款项") }

  /// What a state's mark means, for the legend.
  func meaning(of state: DueState) -> String {
    switch state {
    case .paid: language.text(en: "paid", zh: "已还")
    case .later: language.text(en: "due later", zh: "待还")
    case .soon: language.text(en: "due soon (advance reminders)", zh: "即将到期（提前提醒期内）")
    case .due: language.text(en: "due today or in grace days", zh: "今日应还或在宽限期内")
    case .overdue: language.text(en: "overdue", zh: "逾期")
    }
  }

  /// What the holiday mark means, for the legend.
  var dayOffMeaning: String { language.text(en: "public holiday", zh: "法定节假日") }

  /// What the make-up working day mark means, for the legend.
  var makeUpWorkdayMeaning: String { language.text(en: "make-up working day", zh: "调休上班日") }

  /// What the highlighted day means, for the legend.
  var todayMeaning: String { language.text(en: "today", zh: "今天") }
}
