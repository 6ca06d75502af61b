import RepayCore
import Testing

/// The one definition of days overdue (docs/config.md, "Days overdue and the penalty"): whole
/// calendar days in the configuration's zone after the due date and the grace days. The overdue
/// notice (and so `REPAY_DAYS_OVERDUE`, the hooks and the desktop) and the standing (behind
/// `status`, `loans`, `show` and `upcoming`) give the same count and the same penalty on every
/// day around the boundaries, also for an overdue stage that fires on the due day itself.
struct DaysOverdueTests {
  private let yuan = Currency(code: "CNY")!
  private let due = LocalDate(parsing: "2026-12-10")!

  /// ¥1,250.00 on the 10th, 0.05 % a day and a fee of `fee` minor units, `graceDays` of grace.
  private func huabei(graceDays: Int, fee: Int64 = 0) -> Loan {
    Loan(
      id: "huabei", name: "花呗", platform: "支付宝", contact: LoanContact(phone: "95188"),
      amount: Money(minorUnits: 125_000, currency: yuan), dueRule: .monthlyDay(10), firstDue: due,
      term: .installments(1), paidThrough: nil, businessDay: .none, graceDays: graceDays,
      penalty: Penalty(dailyRate: try! Rate(parsing: "0.0005"), fee: Money(minorUnits: fee, currency: yuan)),
      balance: nil, apr: nil, minPayment: nil, reminders: .standard)
  }

  @Test(
    "days overdue: 0 through the due date and its grace days, 1 from the day after, whole days after that",
    arguments: [
      (0, 0, 0), (0, 1, 1), (0, 2, 2), (0, 30, 30), (3, 0, 0), (3, 3, 0), (3, 4, 1), (3, 10, 7),
    ])
  func boundaries(graceDays: Int, daysAfterDue: Int, expected: Int) {
    let loan = huabei(graceDays: graceDays)
    let today = due.advanced(by: daysAfterDue)
    #expect(loan.daysOverdue(due: due, today: today) == expected)
    #expect(loan.firstDayOverdue(due: due) == due.advanced(by: graceDays + 1))
    #expect((today >= loan.firstDayOverdue(due: due)) == (expected > 0))
  }

  @Test(
    "the overdue notice and the standing agree on the days, the status and the penalty, on every day from the due date",
    arguments: [0, 3], [0, 1_000])
  func noticeAndStandingAgree(graceDays: Int, fee: Int64) {
    let loan = huabei(graceDays: graceDays, fee: fee)
    for day in 0...(graceDays + 8) {
      let today = due.advanced(by: day)
      let notice = NoticeWriter(language: .english).notice(.overdue, of: loan, due: due, today: today)
      let standing = LoanStanding(loan: loan, paid: [:], today: today, holidays: HolidayCalendar())
      let instalment = standing.instalment(due: due)!
      let days = loan.daysOverdue(due: due, today: today)
      #expect(notice.daysOverdue == days, "day \(day)")
      #expect((instalment.daysOverdue ?? 0) == days && standing.daysOverdue == days, "day \(day)")
      #expect(instalment.status == (days > 0 ? .overdue : .due), "day \(day)")
      let penalty = instalment.penalty ?? Money(minorUnits: 0, currency: yuan)
      #expect(notice.body.contains("penalty so far \(penalty.displayText)"), "day \(day): \(notice.body)")
      #expect(notice.title.contains(days == 0 ? "still unpaid" : "overdue"), "day \(day)")
    }
  }

  @Test(
    "across midnight in the configuration's zone: 23:59:59 is still the due date, 00:00 the first day overdue"
  )
  func acrossMidnight() throws {
    let shanghai = try TimeZoneRules(identifier: "Asia/Shanghai", posixRule: "CST-8")
    let loan = huabei(graceDays: 0)
    // 2026-12-11 00:00 in UTC+8 is 2026-12-10T16:00:00Z; in UTC both instants are still 2026-12-10.
    let midnight = shanghai.startOfDay(due.advanced(by: 1))
    #expect(loan.daysOverdue(due: due, today: shanghai.localDate(at: midnight - 1)) == 0)
    #expect(loan.daysOverdue(due: due, today: shanghai.localDate(at: midnight)) == 1)
    #expect(loan.daysOverdue(due: due, today: TimeZoneRules.utc.localDate(at: midnight)) == 0)
  }

  @Test("an overdue stage on the last day of grace: still unpaid, 0 days, no penalty yet, and when it starts")
  func overdueStageBeforeTheFirstDayOverdue() {
    let loan = huabei(graceDays: 3, fee: 1_000)
    let today = due.advanced(by: 3)
    let english = NoticeWriter(language: .english).notice(.overdue, of: loan, due: due, today: today)
    #expect(
      english.daysOverdue == 0
        && english.journalFields.contains { $0.name == "REPAY_DAYS_OVERDUE" && $0.value == "0" })
    #expect(english.stage == .overdue && english.priority == 3 && english.urgency == .critical)
    #expect(english.title == "花呗 ¥1,250.00 is still unpaid; overdue from 2026-12-14")
    #expect(
      english.body
        == "¥1,250.00 due 2026-12-10 is unpaid, 0 days overdue; penalty so far ¥0.00; from 2026-12-14 a fee of "
        + "¥10.00 and ¥0.63 a day. Next step: pay it today and no penalty accrues, then record it: "
        + "repayctl pay huabei --occurrence 2026-12-10")
    let chinese = NoticeWriter(language: .simplifiedChinese).notice(
      .overdue, of: loan, due: due, today: today)
    #expect(chinese.title == "花呗 ¥1,250.00 仍未还，2026-12-14 起逾期")
    #expect(
      chinese.body
        == "2026-12-10 到期的 ¥1,250.00 仍未还，逾期 0 天；罚息至今 ¥0.00；自 2026-12-14 起收取滞纳金 ¥10.00，并每天 ¥0.63。"
        + "下一步：今天还款即不产生罚息，还款后记录：repayctl pay huabei --occurrence 2026-12-10")
  }
}
