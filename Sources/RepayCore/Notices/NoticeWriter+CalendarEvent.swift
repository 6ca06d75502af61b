extension NoticeWriter {
  /// The calendar event of `loan`'s occurrence nominally due on `scheduled`, effectively on
  /// `due`, asking for `amount`, standing as `state`: all day on `due`, its `UID` from the loan
  /// and `scheduled`, or for an instalment only an agreement asks for, from `agreed` (the
  /// agreement's id and the instalment's number in it, from 1); the amount and platform in its
  /// summary ("Paid: " first once paid), how to pay and the `repayctl pay` line in its
  /// description; alarms at `alarms` (microseconds since 1970) while it is open, none else.
  public func calendarEvent(
    of loan: Loan, scheduled: LocalDate, due: LocalDate, amount: Money, state: OccurrenceEventState,
    agreed: (agreement: Int64, number: Int)? = nil, alarms: [Int64]
  ) -> CalendarEvent {
    let uid =
      agreed.map { "\(loan.id)-agreement-\($0.agreement)-\($0.number)@repayd" }
      ?? "\(loan.id)-\(scheduled)@repayd"
    let shown = amount.displayText
    var summary = text(
      en: "\(loan.name): \(shown) to \(loan.platform)", zh: "\(loan.name)：向\(loan.platform)还款 \(shown)")
    if let agreed { summary += text(en: " (agreement \(agreed.agreement))", zh: "（协议 \(agreed.agreement)）") }
    let pay = "repayctl pay \(loan.id) --occurrence \(due)"
    let description: String
    var isCancelled = false
    switch state {
    case .open(let paid):
      let rest = Money(minorUnits: max(0, amount.minorUnits - paid), currency: amount.currency).displayText
      let part =
        paid > 0
        ? text(en: " \(rest) of it is still to pay.", zh: "其中尚有 \(rest) 未还。") : ""
      description = text(
        en:
          "Due on \(due) at \(loan.platform).\(part) \(payChannels(of: loan)).\nOnce paid, record it: \(pay)",
        zh: "到期日 \(due)，平台：\(loan.platform)。\(part)\(payChannels(of: loan))。\n还款后记录：\(pay)")
    case .paid:
      summary = text(en: "Paid: ", zh: "已还：") + summary
      description = text(en: "Paid in full; nothing is due on \(due).", zh: "已全部还清；\(due) 无需还款。")
    case .superseded(let agreement):
      isCancelled = true
      description = text(
        en: "Replaced by agreement \(agreement) with \(loan.platform): nothing is due on \(due); "
          + "its own dates are in this calendar.",
        zh: "已被与\(loan.platform)的协议 \(agreement) 取代：\(due) 无需还款；协议的还款日另列在本日历中。")
    }
    let isOpen = if case .open = state { true } else { false }
    return CalendarEvent(
      uid: uid, start: .date(due), summary: summary, description: description, isCancelled: isCancelled,
      alarms: isOpen ? alarms : [])
  }

  /// The calendar event of a free-standing reminder's firing: at its instant, with one alarm
  /// then; its `UID` from its id and the instant its calendar expression gives.
  public func calendarEvent(of reminder: ScheduledReminder) -> CalendarEvent {
    let notice = self.reminder(id: reminder.id, message: reminder.message)
    return CalendarEvent(
      uid: "reminder-\(reminder.id)-\(ICalendarValue.utc(microseconds: reminder.nominal))@repayd",
      start: .instant(reminder.instant), summary: notice.title, description: reminder.message,
      alarms: [reminder.instant])
  }
}
