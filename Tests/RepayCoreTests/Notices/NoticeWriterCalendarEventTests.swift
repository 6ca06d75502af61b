import RepayCore
import Testing

/// The calendar events the notice writer makes: UIDs, summaries in both languages, paid ones
/// without alarms, superseded ones cancelled, a free-standing reminder at its instant.
struct NoticeWriterCalendarEventTests {
  let yuan = Currency(code: "CNY")!
  let due = LocalDate(parsing: "2026-12-10")!

  var loan: Loan {
    Loan(
      id: "huabei", name: "花呗", platform: "支付宝", contact: LoanContact(phone: "95188", app: "支付宝"),
      amount: Money(minorUnits: 125_000, currency: yuan), dueRule: .monthlyDay(10), firstDue: due,
      term: .openEnded, paidThrough: nil, businessDay: .none, graceDays: 0,
      penalty: Penalty(dailyRate: try! Rate(parsing: "0.0005"), fee: Money(minorUnits: 0, currency: yuan)),
      balance: nil, apr: nil, minPayment: nil, reminders: .standard)
  }

  @Test("an open occurrence: UID from the scheduled date, amount and platform, how to pay, its alarms")
  func open() {
    let event = NoticeWriter(language: .english).calendarEvent(
      of: loan, scheduled: due.advanced(by: -1), due: due, amount: loan.amount, state: .open(paid: 25_000),
      alarms: [1, 2])
    #expect(event.uid == "huabei-2026-12-09@repayd" && event.start == .date(due))
    #expect(event.summary == "花呗: ¥1,250.00 to 支付宝" && event.alarms == [1, 2] && !event.isCancelled)
    #expect(
      event.description
        == "Due on 2026-12-10 at 支付宝. ¥1,000.00 of it is still to pay. How to pay: app 支付宝, phone 95188.\n"
        + "Once paid, record it: repayctl pay huabei --occurrence 2026-12-10")
  }

  @Test("paid: 'Paid: ' / '已还：' first and no alarms; superseded: cancelled, no alarms; agreed: its own UID")
  func paidSupersededAgreed() {
    for (language, prefix) in [(Language.english, "Paid: "), (.simplifiedChinese, "已还：")] {
      let paid = NoticeWriter(language: language).calendarEvent(
        of: loan, scheduled: due, due: due, amount: loan.amount, state: .paid, alarms: [1])
      #expect(paid.summary.hasPrefix(prefix) && paid.alarms.isEmpty && !paid.isCancelled)
    }
    let superseded = NoticeWriter(language: .simplifiedChinese).calendarEvent(
      of: loan, scheduled: due, due: due, amount: loan.amount, state: .superseded(by: 3), alarms: [1])
    #expect(
      superseded.isCancelled && superseded.alarms.isEmpty && superseded.uid == "huabei-2026-12-10@repayd")
    #expect(superseded.summary == "花呗：向支付宝还款 ¥1,250.00" && superseded.description.contains("协议 3"))
    let agreed = NoticeWriter(language: .english).calendarEvent(
      of: loan, scheduled: due, due: due, amount: loan.amount, state: .open(paid: 0), agreed: (3, 2),
      alarms: [1])
    #expect(agreed.uid == "huabei-agreement-3-2@repayd" && agreed.summary.hasSuffix("(agreement 3)"))
  }

  @Test("a free-standing reminder: a timed event at its instant with one alarm then")
  func reminder() {
    let firing = ScheduledReminder(
      id: "credit-report", instant: 1_798_768_800_000_000, nominal: 1_798_768_000_000_000,
      message: "Check your credit report")
    let event = NoticeWriter(language: .english).calendarEvent(of: firing)
    #expect(event.uid == "reminder-credit-report-20270101T014640Z@repayd")
    #expect(event.start == .instant(1_798_768_800_000_000) && event.alarms == [1_798_768_800_000_000])
    #expect(event.summary == "Reminder: Check your credit report")
  }
}
