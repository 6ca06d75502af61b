import RepayCore
import Testing

/// A loan's standing on a date, worked out by hand: statuses around the grace days, partial
/// payments, the oldest unsettled instalment, the penalty, and how far the list reaches.
struct LoanStandingTests {
  private let yuan = Currency(code: "CNY")!

  /// ¥1,250.00 on the 10th from 2026-10-10, six instalments, 2 grace days, 0.05 % a day and a
  /// ¥10.00 fee.
  private func huabei(term: LoanTerm = .installments(6), paidThrough: String? = nil) -> Loan {
    Loan(
      id: "huabei", name: "花呗", platform: "Alipay", contact: LoanContact(),
      amount: Money(minorUnits: 125_000, currency: yuan), dueRule: .monthlyDay(10),
      firstDue: date("2026-10-10"), term: term, paidThrough: paidThrough.map(date), businessDay: .none,
      graceDays: 2,
      penalty: Penalty(
        dailyRate: try! Rate(parsing: "0.0005"), fee: Money(minorUnits: 1_000, currency: yuan)),
      balance: nil, apr: nil, minPayment: nil, reminders: .standard)
  }

  private func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

  private func standing(_ loan: Loan, paid: [String: Int64] = [:], today: String, through: String? = nil)
    -> LoanStanding
  {
    LoanStanding(
      loan: loan, paid: Dictionary(uniqueKeysWithValues: paid.map { (date($0.key), $0.value) }),
      today: date(today), through: through.map(date), holidays: HolidayCalendar())
  }

  @Test("statuses: upcoming before the due date, due through the grace days, overdue after them")
  func statusesAroundGrace() {
    let loan = huabei()
    func status(on today: String) -> InstalmentStanding? {
      standing(loan, today: today).instalment(due: date("2026-10-10"))
    }
    #expect(status(on: "2026-10-09")?.status == .upcoming)
    #expect(status(on: "2026-10-10")?.status == .due)
    #expect(status(on: "2026-10-12")?.status == .due)
    #expect(status(on: "2026-10-12")?.daysOverdue == nil)
    let overdue = status(on: "2026-10-13")
    #expect(overdue?.status == .overdue)
    #expect(overdue?.daysOverdue == 1)
    // ¥10.00 fee + 0.0005 × ¥1,250.00 × 1 day = ¥10.625 → ¥10.63; per day ¥0.625 → ¥0.63.
    #expect(overdue?.penalty?.decimalText == "10.63")
    #expect(overdue?.penaltyPerDay?.decimalText == "0.63")
  }

  @Test("partial payments leave the rest due; the oldest unsettled instalment leads the summary")
  func partialPayments() {
    // 2026-12-15: #1 paid in full, #2 ¥250.00 paid, #3 nothing, #4 (2027-01-10) ahead.
    let standing = standing(
      huabei(), paid: ["2026-10-10": 125_000, "2026-11-10": 25_000], today: "2026-12-15")
    #expect(
      standing.instalments.map(\.due.description) == ["2026-10-10", "2026-11-10", "2026-12-10", "2027-01-10"])
    #expect(standing.instalments.map(\.installment) == [1, 2, 3, 4])
    #expect(standing.instalments.map(\.status) == [.settled, .overdue, .overdue, .upcoming])
    #expect(standing.nextDue == date("2026-11-10"))
    // ¥1,000.00 + ¥1,250.00 due so far; 2027-01-10 is not due yet.
    #expect(standing.dueNow.decimalText == "2250.00")
    // 2026-11-12 (the grace's end) to 2026-12-15: 33 days.
    #expect(standing.daysOverdue == 33)
    let second = standing.instalments[1]
    #expect(second.paid.decimalText == "250.00" && second.outstanding.decimalText == "1000.00")
    // ¥10.00 + 0.0005 × ¥1,000.00 × 33 = ¥26.50; ¥0.50 a day.
    #expect(second.penalty?.decimalText == "26.50" && second.penaltyPerDay?.decimalText == "0.50")
    #expect(standing.instalments[0].penalty == nil && standing.instalments[0].daysOverdue == nil)
  }

  @Test("paid ahead: the list reaches the first unsettled instalment; nothing left: no next due")
  func paidAheadAndFinished() {
    let ahead = standing(
      huabei(),
      paid: ["2026-10-10": 125_000, "2026-11-10": 125_000, "2026-12-10": 125_000, "2027-01-10": 125_000],
      today: "2026-12-15")
    #expect(ahead.nextDue == date("2027-02-10"))
    #expect(ahead.dueNow.decimalText == "0.00")
    #expect(ahead.daysOverdue == 0)
    let all = Dictionary(
      uniqueKeysWithValues: (10...15).map { month in
        (
          LocalDate(year: 2026 + (month - 1) / 12, month: (month - 1) % 12 + 1, day: 10)!.description,
          Int64(125_000)
        )
      })
    let finished = standing(huabei(), paid: all, today: "2027-04-01")
    #expect(finished.instalments.count == 6)
    #expect(finished.nextDue == nil && finished.oldestUnsettled == nil)
    // `through` reaches an instalment named ahead, and the first unsettled one after it.
    #expect(
      standing(huabei(), today: "2026-10-01", through: "2027-01-10").instalments.map(\.installment) == [
        1, 2, 3, 4, 5,
      ])
  }

  @Test("paid_through leaves its instalments out; an overpayment settles without going negative")
  func paidThroughAndOverpayment() {
    let standing = standing(
      huabei(paidThrough: "2026-11-30"), paid: ["2026-12-10": 200_000], today: "2026-12-15")
    #expect(standing.instalments.first?.installment == 3)
    #expect(standing.instalments.first?.outstanding.decimalText == "0.00")
    #expect(standing.instalments.first?.status == .settled)
    #expect(standing.nextDue == date("2027-01-10"))
  }

  @Test("forEachListed hands one by one, oldest first, the occurrences the standing lists")
  func occurrencesOneByOne() {
    // Through 2027-01-31 on 2026-12-15: every instalment due by then, then 2027-02-10, the
    // first later one still open; #1 settled, #2 partly paid.
    let paid = [date("2026-10-10"): Int64(125_000), date("2026-11-10"): 25_000]
    var visited: [InstalmentStanding] = []
    LoanStanding.forEachListed(
      loan: huabei(), paid: paid, today: date("2026-12-15"), through: date("2027-01-31"),
      holidays: HolidayCalendar()
    ) { visited.append($0) }
    #expect(
      visited.map(\.due.description) == [
        "2026-10-10", "2026-11-10", "2026-12-10", "2027-01-10", "2027-02-10",
      ])
    #expect(visited.map(\.status) == [.settled, .overdue, .overdue, .upcoming, .upcoming])
    #expect(visited.map(\.outstanding.decimalText) == ["0.00", "1000.00", "1250.00", "1250.00", "1250.00"])
    let listed = LoanStanding(
      loan: huabei(), paid: paid, today: date("2026-12-15"), through: date("2027-01-31"),
      holidays: HolidayCalendar())
    #expect(visited == listed.instalments)
  }

  @Test("the overdue notice counts days as the standing does")
  func noticeAgrees() {
    let loan = huabei()
    let notice = NoticeWriter(language: .english).notice(
      .overdue, of: loan, due: date("2026-12-10"), today: date("2026-12-15"))
    #expect(notice.daysOverdue == loan.daysOverdue(due: date("2026-12-10"), today: date("2026-12-15")))
    #expect(notice.daysOverdue == 3)
  }
}
