import ControlInterface
import Foundation
import RepayCore
import Testing

@testable import repayctl_commands

/// The offline plan's hand-written JSON is byte for byte what the daemon's encoder (Foundation's,
/// keys sorted, `/` unescaped) writes for the reply made of the same plans, so that
/// `repayctl plan --json` prints the same with and without the daemon.
struct PlanJSONTests {
  private static let yuan = Currency(code: "CNY")!

  private static func encoded(_ plans: ComparedPlans) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(Control.PlanResult(plans)), as: UTF8.self)
  }

  /// `PlanJSON`'s text of `plans`, gathered in chunks of `capacity` bytes.
  private static func written(_ plans: ComparedPlans, capacity: Int) -> String {
    var bytes: [UInt8] = []
    var out = ChunkedOutput(capacity: capacity) { bytes += $0 }
    PlanJSON.write(plans, to: &out)
    out.flush()
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Expects the same text as the encoder's, through a buffer larger than the text and one
  /// smaller than a name, so that amounts, escapes and names are split across chunks.
  private static func expectSameBytes(_ plans: ComparedPlans) throws {
    let theirs = try encoded(plans)
    for capacity in [1 << 16, Money.maximumDecimalBytes, 29] {
      let mine = written(plans, capacity: capacity)
      #expect(mine == theirs, "capacity \(capacity)\n\(mine)\n\(theirs)")
    }
  }

  private static func month(_ month: Int) -> CalendarMonth { CalendarMonth(year: 2027, month: month) }

  @Test("every field, nulls and absent ones, the extreme amounts, and names that need escapes")
  func sameBytesAsTheEncoder() throws {
    let plan = RepaymentPlan(
      strategy: .snowball, budget: 120_000, from: Self.month(1),
      months: [
        RepaymentPlan.Month(
          month: Self.month(1),
          payments: [
            RepaymentPlan.Payment(loan: "card", payment: 100_000, interest: 10_000, balance: 910_000),
            RepaymentPlan.Payment(loan: "huabei/花呗", payment: 5, interest: 0, balance: .max),
            RepaymentPlan.Payment(loan: "odd", payment: .min, interest: -1, balance: -99),
          ]),
        RepaymentPlan.Month(month: Self.month(2), payments: []),
      ],
      loans: [
        RepaymentPlan.LoanOutcome(loan: "card", payoff: nil, interest: 18_600, minimumBelowInterest: true),
        RepaymentPlan.LoanOutcome(
          loan: "jd", payoff: Self.month(2), interest: 0, minimumBelowInterest: false),
      ],
      totalInterest: 18_600, payoff: nil, shortfall: 60_000,
      firstMonthUnpaid: [RepaymentPlan.Unpaid(loan: "huabei", unpaid: 30_000, penaltyPerDay: 15)])
    let other = RepaymentPlan.Summary(strategy: .avalanche, payoff: nil, totalInterest: 18_600)
    try Self.expectSameBytes(
      ComparedPlans(
        currency: Self.yuan, plan: plan, other: other,
        callFirst: [
          ComparedPlans.Call(
            loan: "huabei", name: "花呗 \"quoted\" \\ a/b\nline\ttab\r\u{8}\u{c}\u{1}\u{1f}\u{7f} end",
            platform: "支付宝",
            contact: LoanContact(phone: "95188", url: "https://example.invalid/a/b", app: "支付宝"),
            unpaid: 30_000, penaltyPerDay: 15),
          ComparedPlans.Call(
            loan: "jd", name: String(repeating: "京东", count: 40), platform: "",
            contact: LoanContact(email: "help@jd.invalid"), unpaid: 100, penaltyPerDay: 0),
          ComparedPlans.Call(loan: "x", name: "x", platform: "p", contact: nil, unpaid: 1, penaltyPerDay: 1),
        ]))
    let feasible = RepaymentPlan(
      strategy: .avalanche, budget: 1_000, from: Self.month(1), months: [], loans: [], totalInterest: 0,
      payoff: Self.month(1), shortfall: 0, firstMonthUnpaid: [])
    let yen = try #require(Currency(code: "JPY"))
    try Self.expectSameBytes(
      ComparedPlans(currency: yen, plan: feasible, other: feasible.summary, callFirst: nil))
  }

  @Test("months whose payments name loans in any order, one twice, or loans no other month names")
  func sameBytesWhateverTheIdsOfEachMonth() throws {
    func paid(_ loan: String) -> RepaymentPlan.Payment {
      RepaymentPlan.Payment(loan: loan, payment: 100, interest: 0, balance: 1)
    }
    let months = [
      ["b", "a \"quoted\"", "c", "a \"quoted\""], ["c"], [], ["a \"quoted\"", "b", "d"], ["e", "b", "a"],
      ["b"], ["b", "\u{1}", "c"],
    ]
    let plan = RepaymentPlan(
      strategy: .avalanche, budget: 100, from: Self.month(1),
      months: months.enumerated().map { offset, loans in
        RepaymentPlan.Month(month: Self.month(offset + 1), payments: loans.map(paid))
      },
      loans: [], totalInterest: 0, payoff: nil, shortfall: 0, firstMonthUnpaid: [])
    try Self.expectSameBytes(
      ComparedPlans(currency: Self.yuan, plan: plan, other: plan.summary, callFirst: nil))
  }

  private static func loan(
    _ id: String, name: String, contact: LoanContact, amount: Int64, balance: Int64?, apr: String?
  ) throws -> Loan {
    Loan(
      id: id, name: name, platform: "平台", contact: contact, amount: Money(minorUnits: amount, currency: yuan),
      dueRule: .monthlyDay(10), firstDue: LocalDate(parsing: "2027-01-10")!, term: .openEnded,
      paidThrough: nil,
      businessDay: .none, graceDays: 0,
      penalty: Penalty(dailyRate: try Rate(parsing: "0.0005"), fee: Money(minorUnits: 0, currency: yuan)),
      balance: balance.map { Money(minorUnits: $0, currency: yuan) },
      apr: try apr.map { try Rate(parsing: $0) },
      minPayment: nil, reminders: .standard)
  }

  @Test("plans made from loans: short budgets with the platforms to call, and one that pays all")
  func plannedLoansSameBytes() throws {
    let loans = [
      try Self.loan(
        "card", name: "招商银行信用卡", contact: LoanContact(phone: "95555", app: "掌上生活"), amount: 100_000,
        balance: 1_000_000, apr: "0.12"),
      try Self.loan("jd", name: "京东白条", contact: LoanContact(), amount: 10_000, balance: 50_000, apr: nil),
      try Self.loan(
        "huabei", name: "花呗", contact: LoanContact(url: "https://a.invalid/b"), amount: 50_000, balance: nil,
        apr: nil),
    ]
    let penalty = loans[0].penalty
    let portfolio = PlanPortfolio(
      currency: Self.yuan,
      loans: [
        PlannedLoan(
          id: "card", balance: 1_000_000, apr: loans[0].apr!, minimumPayment: 100_000, penalty: penalty),
        PlannedLoan(
          id: "jd", balance: 50_000, apr: Rate(billionths: 0), minimumPayment: 10_000, penalty: penalty),
      ],
      obligations: [
        FixedObligation(
          loan: "huabei", due: LocalDate(parsing: "2027-01-10")!, amount: 50_000, penalty: penalty),
        FixedObligation(
          loan: "huabei", due: LocalDate(parsing: "2027-02-10")!, amount: 50_000, penalty: penalty),
      ])
    for budget in ["500.00", "1200", "3000.00", "100000"] {
      let query = try PlanQuery(
        PlanParameters(budget: budget, months: 24, from: "2027-01"), loans: loans, currentMonth: Self.month(1)
      )
      try Self.expectSameBytes(ComparedPlans(query: query, portfolio: portfolio, loans: loans))
    }
  }
}
