import RepayCore
import Testing

/// What the overdue notices say once the playbook has been followed: every next step ends with a
/// command line that names the loan and the options it requires, an agreed occurrence that is
/// missed says its agreement is broken, and while an agreement is in force the step follows it.
struct NoticeWriterAgreementTests {
  let yuan = Currency(code: "CNY")!
  let english = NoticeWriter(language: .english)
  let chinese = NoticeWriter(language: .simplifiedChinese)
  let due = LocalDate(parsing: "2026-12-10")!

  func huabei(contact: LoanContact = LoanContact(phone: "95188", app: "支付宝")) -> Loan {
    Loan(
      id: "huabei", name: "花呗", platform: "支付宝", contact: contact,
      amount: Money(minorUnits: 125_000, currency: yuan), dueRule: .monthlyDay(10), firstDue: due,
      term: .openEnded, paidThrough: nil, businessDay: .none, graceDays: 0,
      penalty: Penalty(dailyRate: try! Rate(parsing: "0.0005"), fee: Money(minorUnits: 0, currency: yuan)),
      balance: nil, apr: nil, minPayment: nil, reminders: .standard)
  }

  /// An agreement of huabei made on `due` + 8 days, of `kind`, replacing `supersedes` with
  /// `occurrences` (date, minor units).
  func agreement(
    _ id: Int64, _ kind: LoanAgreement.Kind, supersedes: [LocalDate], _ occurrences: [(LocalDate, Int64)] = []
  ) -> LoanAgreement {
    LoanAgreement(
      id: id, loan: "huabei", kind: kind, createdAt: Int64(id), note: "agreed",
      total: Money(minorUnits: 0, currency: yuan),
      supersedes: supersedes,
      occurrences: occurrences.map {
        AgreedInstalment(due: $0.0, amount: Money(minorUnits: $0.1, currency: yuan))
      })
  }

  /// The command line at the end of a notice's body.
  func command(_ notice: Notice) -> String? {
    notice.body.range(of: "repayctl ").map { String(notice.body[$0.lowerBound...]) }
  }

  @Test(
    "each step of the ladder ends with a command line that runs as printed",
    arguments: [
      (1, #"repayctl note huabei --channel phone --direction out "what they said""#),
      (4, "repayctl show huabei"),
      (8, #"repayctl renegotiate huabei --installments 3 --start 2027-01-17 --note "what was agreed""#),
      (30, "repayctl dossier huabei --bundle dossier-huabei-2027-01-09"),
    ])
  func commands(days: Int, expected: String) {
    let notice = english.notice(.overdue, of: huabei(), due: due, today: due.advanced(by: days))
    #expect(command(notice) == expected)
    // The plan step names no command until repayctl plan exists.
    #expect(!notice.body.contains("repayctl plan"))
  }

  @Test("the channel of the note command is the quickest way to a person the loan names")
  func noteChannel() {
    let byMail = english.notice(
      .overdue, of: huabei(contact: LoanContact(email: "help@example.invalid")), due: due,
      today: due.advanced(by: 1))
    #expect(command(byMail) == #"repayctl note huabei --channel email --direction out "what they said""#)
    let none = chinese.notice(
      .overdue, of: huabei(contact: LoanContact()), due: due, today: due.advanced(by: 1))
    #expect(command(none) == #"repayctl note huabei --direction out "对方的答复""#)
  }

  @Test("a missed agreed occurrence: the title and the step say the agreement is broken; its own amount")
  func broken() {
    let agreed = LocalDate(parsing: "2027-01-05")!
    let terms = AgreedTerms(
      [
        agreement(4, .installments, supersedes: [due], [(agreed, 42_062), (agreed.advanced(by: 31), 42_064)])
      ],
      loan: huabei(), holidays: HolidayCalendar())
    let notice = english.notice(
      .overdue, of: huabei(), due: agreed, today: agreed.advanced(by: 2), terms: terms, scheduled: false)
    #expect(notice.title == "花呗 ¥420.62 is 2 days overdue: agreement 4 is broken")
    #expect(notice.outstanding == Money(minorUnits: 42_062, currency: yuan))
    #expect(notice.body.contains("agreement 4 with 支付宝 is broken; contact them at once (phone 95188)"))
    #expect(command(notice) == #"repayctl note huabei --channel phone --direction out "what they said""#)
    let zh = chinese.notice(
      .overdue, of: huabei(), due: agreed, today: agreed.advanced(by: 2), terms: terms, scheduled: false)
    #expect(zh.title == "花呗 ¥420.62 已逾期 2 天：协议 4 已违约")
    #expect(zh.body.contains("与支付宝的协议 4 已违约"))
    // From the 30th day, legal advice with the records, broken agreement or not.
    let late = english.notice(
      .overdue, of: huabei(), due: agreed, today: agreed.advanced(by: 30), terms: terms, scheduled: false)
    #expect(late.body.contains("seek professional legal advice"))
  }

  @Test("while an agreement is in force, an overdue instalment's step follows it instead of negotiating")
  func inForce() {
    let terms = AgreedTerms(
      [agreement(2, .extension, supersedes: [due], [(LocalDate(parsing: "2027-02-01")!, 125_000)])],
      loan: huabei(), holidays: HolidayCalendar())
    let january = LocalDate(parsing: "2027-01-10")!
    let notice = english.notice(
      .overdue, of: huabei(), due: january, today: january.advanced(by: 8), terms: terms)
    #expect(notice.body.contains("agreement 2 with 支付宝 is in force; keep to it"))
    #expect(command(notice) == "repayctl pay huabei --occurrence 2027-01-10")
    #expect(!notice.body.contains("renegotiate"))
  }

  @Test("a waived penalty is said, not counted")
  func waived() {
    let terms = AgreedTerms(
      [agreement(3, .waiver, supersedes: [due])], loan: huabei(), holidays: HolidayCalendar())
    let notice = english.notice(.overdue, of: huabei(), due: due, today: due.advanced(by: 5), terms: terms)
    #expect(
      notice.body.hasPrefix("¥1,250.00 unpaid since 2026-12-10; penalty waived by agreement. Next step:"))
    let zh = chinese.notice(.overdue, of: huabei(), due: due, today: due.advanced(by: 5), terms: terms)
    #expect(zh.body.hasPrefix("自 2026-12-10 起未还 ¥1,250.00；罚息已按协议减免。下一步："))
  }
}
