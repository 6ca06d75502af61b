import RepayCore
import Testing

/// The notices of the design brief's stage table: priorities, urgencies, the overdue playbook by
/// days overdue, the penalty figures, and both languages.
struct NoticeWriterTests {
  let yuan = Currency(code: "CNY")!
  let english = NoticeWriter(language: .english)
  let chinese = NoticeWriter(language: .simplifiedChinese)
  let due = LocalDate(parsing: "2026-12-10")!

  /// Huabei: ¥1,250.00 a month from `firstDue` (by default `due`), 0.05 % a day and no fee,
  /// advance notices 3 days and 1 day ahead.
  func huabei(graceDays: Int = 0, fee: Int64 = 0, firstDue: LocalDate? = nil) -> Loan {
    Loan(
      id: "huabei", name: "花呗", platform: "支付宝", contact: LoanContact(phone: "95188", app: "支付宝"),
      amount: Money(minorUnits: 125_000, currency: yuan), dueRule: .monthlyDay(10), firstDue: firstDue ?? due,
      term: .openEnded, paidThrough: nil, businessDay: .none, graceDays: graceDays,
      penalty: Penalty(dailyRate: try! Rate(parsing: "0.0005"), fee: Money(minorUnits: fee, currency: yuan)),
      balance: nil, apr: nil, minPayment: nil, reminders: .standard)
  }

  private func offset(_ text: String) -> ReminderOffset { try! ReminderOffset(parsing: text) }

  @Test("each stage has the brief's MESSAGE_ID")
  func messageIDs() {
    #expect(Stage.advance.messageID == "782879cde8764a17a59bdbaefa591b1d")
    #expect(Stage.due.messageID == "37e12212f21541d2a95713d1ceeffd48")
    #expect(Stage.overdue.messageID == "b765eeec1f8447b2b880ee0effb7a48d")
    #expect(Stage.settled.messageID == "9b56d4020eee4794b174cacd19902166")
    #expect(Stage.summary.messageID == "cf677ca140c24c04b2255fdd541c0ae8")
    #expect(Stage.reminder.messageID == "fc5c5594077c4813beb6acffe4c3c94f")
  }

  @Test("advance: notice priority; the closest offset normal urgency, earlier ones low")
  func advance() {
    let early = english.notice(
      .advance, offset: offset("3d"), of: huabei(), due: due, today: due.advanced(by: -3))
    let last = english.notice(
      .advance, offset: offset("1d"), of: huabei(), due: due, today: due.advanced(by: -1))
    #expect(early.priority == 5 && early.urgency == .low)
    #expect(last.priority == 5 && last.urgency == .normal)
    #expect(early.title == "花呗 ¥1,250.00 is due in 3 days")
    #expect(last.title == "花呗 ¥1,250.00 is due tomorrow")
    #expect(early.body == "Due on 2026-12-10 at 支付宝. How to pay: app 支付宝, phone 95188.")
    #expect(early.daysOverdue == nil && early.loan == "huabei" && early.occurrence == due)
    let chineseEarly = chinese.notice(
      .advance, offset: offset("3d"), of: huabei(), due: due, today: due.advanced(by: -3))
    #expect(chineseEarly.title == "花呗 ¥1,250.00 还有 3 天到期")
    #expect(chineseEarly.message == "花呗 ¥1,250.00 还有 3 天到期：到期日 2026-12-10，平台：支付宝。还款渠道：App 支付宝、电话 95188。")
  }

  @Test("advance with an adopted plan: the body names what the plan pays the loan that month")
  func advanceNamesThePlannedPayment() {
    let planned = Money(minorUnits: 180_000, currency: yuan)
    let notice = english.notice(
      .advance, offset: offset("3d"), of: huabei(), due: due, today: due.advanced(by: -3), planned: planned)
    #expect(
      notice.body
        == "Due on 2026-12-10 at 支付宝. How to pay: app 支付宝, phone 95188. Your plan pays ¥1,800.00 on it in 2026-12."
    )
    let zh = chinese.notice(
      .advance, offset: offset("3d"), of: huabei(), due: due, today: due.advanced(by: -3), planned: planned)
    #expect(zh.body == "到期日 2026-12-10，平台：支付宝。还款渠道：App 支付宝、电话 95188。按你采用的还款计划，2026-12 应还此笔 ¥1,800.00。")
    // Only the advance stage names it: the due stage says to pay today as before.
    let dueToday = english.notice(.due, of: huabei(), due: due, today: due, planned: planned)
    #expect(!dueToday.body.contains("plan"))
  }

  @Test("due: warning priority, normal urgency, pay today and record it")
  func dueToday() {
    let notice = english.notice(.due, of: huabei(), due: due, today: due)
    #expect(notice.priority == 4 && notice.urgency == .normal)
    #expect(notice.title == "花呗 ¥1,250.00 is due today")
    #expect(notice.body == "Pay today at 支付宝 (app 支付宝, phone 95188), then record it: repayctl pay huabei")
    let zh = chinese.notice(.due, of: huabei(), due: due, today: due)
    #expect(zh.title == "花呗 ¥1,250.00 今天到期")
    #expect(zh.body == "请今天在支付宝还款（App 支付宝、电话 95188），还款后记录：repayctl pay huabei")
  }

  @Test(
    "overdue: the next step and priority escalate with the days overdue (1-2 contact, 3-6 plan, 7-29 negotiate, 30+ legal)",
    arguments: [
      (1, 3, "contact 支付宝 now (phone 95188)"), (2, 3, "contact 支付宝 now"), (3, 3, "make a repayment plan"),
      (6, 3, "make a repayment plan"), (7, 2, "ask 支付宝 for an extension or instalments"),
      (29, 2, "ask 支付宝 for an extension"), (30, 2, "seek professional legal advice"),
      (400, 2, "seek professional legal advice"),
    ])
  func overdueLadder(days: Int, priority: Int, step: String) {
    let notice = english.notice(.overdue, of: huabei(), due: due, today: due.advanced(by: days))
    #expect(notice.daysOverdue == days)
    #expect(notice.priority == priority)
    #expect(notice.urgency == .critical)
    #expect(notice.body.contains("Next step: " + step))
    #expect(notice.title == "花呗 ¥1,250.00 is \(days) day\(days == 1 ? "" : "s") overdue")
  }

  @Test("overdue: days count from the end of the grace days; penalty so far and per day, rounded half up")
  func penaltyFigures() {
    // Three grace days, then three days overdue: 0.05 % of ¥1,250.00 is ¥0.625 a day (¥0.63), and
    // ¥1.875 for three days (¥1.88), plus the ¥30.00 fee.
    let notice = english.notice(
      .overdue, of: huabei(graceDays: 3, fee: 3_000), due: due, today: due.advanced(by: 6))
    #expect(notice.daysOverdue == 3)
    #expect(
      notice.body.hasPrefix(
        "¥1,250.00 unpaid since 2026-12-10; penalty so far ¥31.88, ¥0.63 a day. Next step: make"))
    let zh = chinese.notice(
      .overdue, of: huabei(graceDays: 3, fee: 3_000), due: due, today: due.advanced(by: 6))
    #expect(zh.title == "花呗 ¥1,250.00 已逾期 3 天")
    #expect(zh.body.hasPrefix("自 2026-12-10 起未还 ¥1,250.00；罚息至今 ¥31.88，每天 ¥0.63。下一步：根据真实的收入"))
  }

  @Test("a partial payment leaves the rest outstanding, and the penalty runs on the rest")
  func partialPayment() {
    let notice = english.notice(.overdue, of: huabei(), due: due, paid: 100_000, today: due.advanced(by: 2))
    #expect(notice.outstanding == Money(minorUnits: 25_000, currency: yuan))
    // 0.05 % of ¥250.00 is ¥0.125 a day: ¥0.13 a day, ¥0.25 for two days.
    #expect(notice.body.hasPrefix("¥250.00 unpaid since 2026-12-10; penalty so far ¥0.25, ¥0.13 a day."))
  }

  @Test("penalty arithmetic is exact in minor units and saturates instead of wrapping")
  func penaltyArithmetic() {
    let penalty = Penalty(dailyRate: try! Rate(parsing: "0.001"), fee: Money(minorUnits: 500, currency: yuan))
    let owed = Money(minorUnits: 999, currency: yuan)
    #expect(penalty.perDay(on: owed).minorUnits == 1)  // 0.999 rounds to 1
    #expect(penalty.accrued(on: owed, daysOverdue: 0).minorUnits == 0)
    #expect(penalty.accrued(on: owed, daysOverdue: 10).minorUnits == 510)  // 9.99 -> 10, plus the fee
    let huge = Money(minorUnits: .max, currency: yuan)
    #expect(penalty.accrued(on: huge, daysOverdue: 1_000).minorUnits == .max)
  }

  @Test("settled: info priority, low urgency, the prevention advice")
  func settled() {
    let notice = english.notice(.settled, of: huabei(), due: due, today: due)
    #expect(notice.priority == 6 && notice.urgency == .low)
    #expect(notice.body.contains("check your credit report"))
    #expect(chinese.notice(.settled, of: huabei(), due: due, today: due).title == "花呗：2026-12-10 到期的一期已结清")
  }

  @Test("a reminder carries its id and message; a summary is as insistent as the most insistent it folds")
  func reminderAndSummary() {
    let reminder = chinese.reminder(id: "credit-report", message: "查看征信报告")
    #expect(reminder.stage == .reminder && reminder.reminder == "credit-report" && reminder.priority == 5)
    #expect(reminder.message == "提醒：查看征信报告")
    let folded = [
      english.notice(.advance, offset: offset("3d"), of: huabei(), due: due, today: due.advanced(by: -3)),
      english.notice(.overdue, of: huabei(), due: due, today: due.advanced(by: 8)),
      english.notice(.due, of: huabei(), due: due, today: due),
    ]
    let summary = english.summary(of: folded)
    #expect(summary.stage == .summary && summary.priority == 2 && summary.urgency == .critical)
    #expect(summary.title == "3 repayment notices while repayd was away (1 advance, 1 due, 1 overdue)")
    #expect(summary.body.hasPrefix("花呗 ¥1,250.00 is 8 days overdue; 花呗 ¥1,250.00 is due today; "))
  }

  @Test("journal fields: exactly the brief's, each where it applies")
  func journalFields() {
    let overdue = chinese.notice(.overdue, of: huabei(), due: due, paid: 25_000, today: due.advanced(by: 3))
    #expect(
      overdue.journalFields.map(\.name) == [
        "MESSAGE", "PRIORITY", "MESSAGE_ID", "SYSLOG_IDENTIFIER", "REPAY_LOAN", "REPAY_OCCURRENCE",
        "REPAY_STAGE",
        "REPAY_AMOUNT", "REPAY_CURRENCY", "REPAY_DAYS_OVERDUE",
      ])
    #expect(
      overdue.journalFields.map(\.value).dropFirst() == [
        "3", "b765eeec1f8447b2b880ee0effb7a48d", "repayd", "huabei", "2026-12-10", "overdue", "1000.00",
        "CNY", "3",
      ])
    #expect(overdue.journalFields.first?.value == overdue.message)
    let advance = english.notice(
      .advance, offset: offset("1d"), of: huabei(), due: due, today: due.advanced(by: -1))
    #expect(!advance.journalFields.contains { $0.name == "REPAY_DAYS_OVERDUE" })
    let reminder = english.reminder(id: "budget", message: "Review the budget")
    #expect(
      reminder.journalFields.map(\.name) == [
        "MESSAGE", "PRIORITY", "MESSAGE_ID", "SYSLOG_IDENTIFIER", "REPAY_STAGE", "REPAY_REMINDER",
      ])
  }
}
