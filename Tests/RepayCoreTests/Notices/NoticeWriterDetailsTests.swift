import RepayCore
import Testing

/// What a notification's "Details" button shows (`NoticeWriter.details`): the loan's standing,
/// each unsettled instalment, how to reach the platform, the latest note, in both languages.
extension NoticeWriterTests {
  /// Huabei from 2026-10-10 as it stands on 2026-12-13: October paid, ¥500.00 of November.
  private func partlyPaid() -> LoanStanding {
    LoanStanding(
      loan: huabei(firstDue: LocalDate(parsing: "2026-10-10")!),
      paid: [LocalDate(parsing: "2026-10-10")!: 125_000, LocalDate(parsing: "2026-11-10")!: 50_000],
      today: LocalDate(parsing: "2026-12-13")!, holidays: HolidayCalendar())
  }

  @Test("details of an overdue occurrence: the total, each unpaid instalment with its penalty, contact, note")
  func detailsOverdue() {
    let note = (date: LocalDate(parsing: "2026-12-12")!, text: "客服说可以申请延期")
    let notice = english.details(of: partlyPaid(), due: due, latestNote: note)
    #expect(notice.title == "花呗: ¥2,000.00 due now, 33 days overdue")
    #expect(
      notice.body == """
        2026-11-10: ¥750.00 unpaid, 33 days overdue, penalty ¥12.38
        2026-12-10: ¥1,250.00 unpaid, 3 days overdue, penalty ¥1.88
        2027-01-10: ¥1,250.00 due
        支付宝: app 支付宝, phone 95188
        Latest note (2026-12-12): 客服说可以申请延期
        The whole record: repayctl show huabei
        """)
    #expect(
      notice.message.hasPrefix("花呗: ¥2,000.00 due now, 33 days overdue: 2026-11-10: ¥750.00 unpaid"))
    #expect(!notice.message.contains("\n"))
    // It takes the place of the occurrence's overdue notification, as insistent as that notice.
    let overdue = english.notice(.overdue, of: huabei(), due: due, today: due.advanced(by: 3))
    #expect(notice.stage == .overdue && notice.loan == "huabei" && notice.occurrence == due)
    #expect(notice.priority == overdue.priority && notice.urgency == .critical && notice.daysOverdue == 3)
    #expect(notice.outstanding == Money(minorUnits: 200_000, currency: yuan))

    let zh = chinese.details(of: partlyPaid(), due: due, latestNote: note)
    #expect(zh.title == "花呗：当前应还 ¥2,000.00，已逾期 33 天")
    #expect(
      zh.body == """
        2026-11-10：未还 ¥750.00，已逾期 33 天，罚息 ¥12.38
        2026-12-10：未还 ¥1,250.00，已逾期 3 天，罚息 ¥1.88
        2027-01-10：应还 ¥1,250.00
        支付宝：App 支付宝、电话 95188
        最近记录（2026-12-12）：客服说可以申请延期
        全部记录：repayctl show huabei
        """)
  }

  @Test("details list at most four instalments and count the rest")
  func detailsManyUnpaid() {
    let standing = LoanStanding(
      loan: huabei(firstDue: LocalDate(parsing: "2026-06-10")!), paid: [:],
      today: LocalDate(parsing: "2026-12-13")!, holidays: HolidayCalendar())
    let lines = english.details(of: standing, due: due, latestNote: nil).body.split(separator: "\n")
    #expect(lines.count == 7)
    #expect(lines[0] == "2026-06-10: ¥1,250.00 unpaid, 186 days overdue, penalty ¥116.25")
    #expect(lines[3].hasPrefix("2026-09-10: ¥1,250.00 unpaid, 94 days overdue"))
    // July to December and January: eight unsettled, four listed.
    #expect(lines[4] == "and 4 more unpaid")
    #expect(lines[6] == "The whole record: repayctl show huabei")
    #expect(
      chinese.details(of: standing, due: due, latestNote: nil).body.split(separator: "\n")[4] == "另有 4 期未还")
    #expect(
      english.details(of: standing, due: due, latestNote: nil).title.hasSuffix(
        "¥8,750.00 due now, 186 days overdue"))
  }

  @Test("details of a settled occurrence: the next instalment's amount and date, no note line, low urgency")
  func detailsSettled() {
    let standing = LoanStanding(
      loan: huabei(), paid: [due: 125_000], today: due, holidays: HolidayCalendar())
    let notice = english.details(of: standing, due: due, latestNote: nil)
    #expect(notice.title == "花呗: ¥1,250.00 outstanding, next due 2027-01-10")
    #expect(
      notice.body == """
        2027-01-10: ¥1,250.00 due
        支付宝: app 支付宝, phone 95188
        The whole record: repayctl show huabei
        """)
    #expect(notice.stage == .settled && notice.urgency == .low && notice.daysOverdue == nil)
    #expect(
      chinese.details(of: standing, due: due, latestNote: nil).title == "花呗：未还 ¥1,250.00，下次到期 2027-01-10")
  }

  @Test("details of an occurrence due today: the due stage's priority and urgency")
  func detailsDueToday() {
    let standing = LoanStanding(loan: huabei(), paid: [:], today: due, holidays: HolidayCalendar())
    let notice = english.details(of: standing, due: due, latestNote: nil)
    #expect(notice.title == "花呗: ¥1,250.00 due now, due 2026-12-10")
    #expect(
      chinese.details(of: standing, due: due, latestNote: nil).title == "花呗：当前应还 ¥1,250.00，到期日 2026-12-10")
    #expect(notice.stage == .due && notice.priority == 4 && notice.urgency == .normal)
  }
}
