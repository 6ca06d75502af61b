import RepayCore
import Testing

/// The planner's arithmetic (docs/planner.md) on plans worked out by hand, and its limits:
/// 0 %, a minimum below the interest, a budget that pays all at once, one loan and 50, the
/// smallest and the largest balances, short budgets and both strategies.
struct RepaymentPlannerTests {
  private static let yuan = Currency(code: "CNY")!
  private static let january = CalendarMonth(year: 2027, month: 1)

  private static func rate(_ text: String) -> Rate { try! Rate(parsing: text) }

  private static func loan(
    _ id: String, balance: Int64, apr: String = "0", minimum: Int64, dailyRate: String = "0.0005"
  ) -> PlannedLoan {
    PlannedLoan(
      id: id, balance: balance, apr: rate(apr), minimumPayment: minimum,
      penalty: Penalty(dailyRate: rate(dailyRate), fee: Money(minorUnits: 0, currency: yuan)))
  }

  private static func obligation(
    _ loan: String, due: String, amount: Int64, dailyRate: String = "0.0005", overdue: Bool = false
  ) -> FixedObligation {
    FixedObligation(
      loan: loan, due: LocalDate(parsing: due)!, amount: amount,
      penalty: Penalty(dailyRate: rate(dailyRate), fee: Money(minorUnits: 0, currency: yuan)),
      isOverdue: overdue)
  }

  private static func plan(
    _ loans: [PlannedLoan], obligations: [FixedObligation] = [], budget: Int64, months: Int = 120,
    strategy: RepaymentStrategy = .avalanche
  ) -> RepaymentPlan {
    RepaymentPlanner.plan(
      PlanPortfolio(currency: yuan, loans: loans, obligations: obligations), budget: budget, from: january,
      months: months, strategy: strategy)
  }

  /// Each month's balance is the last one plus the interest less the payment, and no month pays
  /// more than the budget.
  private static func expectConsistent(_ plan: RepaymentPlan, starting: [String: Int64]) {
    var balances = starting
    for month in plan.months {
      #expect(month.payments.reduce(0) { $0 + $1.payment } <= plan.budget)
      for payment in month.payments where balances[payment.loan] != nil {
        #expect(balances[payment.loan]! + payment.interest - payment.payment == payment.balance)
        balances[payment.loan] = payment.balance
      }
    }
  }

  @Test("interest is balance × apr / 12, rounded half up to the minor unit")
  func interestRounding() {
    #expect(RepaymentPlanner.monthlyInterest(on: 1_000_000, apr: Self.rate("0.18")) == 15_000)
    // ¥1.00 at 6 %: 0.5 fen rounds up; ¥0.99: 0.495 fen rounds down.
    #expect(RepaymentPlanner.monthlyInterest(on: 100, apr: Self.rate("0.06")) == 1)
    #expect(RepaymentPlanner.monthlyInterest(on: 99, apr: Self.rate("0.06")) == 0)
    #expect(RepaymentPlanner.monthlyInterest(on: 1, apr: Self.rate("0.2")) == 0)
    #expect(RepaymentPlanner.monthlyInterest(on: .max, apr: Rate(billionths: .max)) > 0)
  }

  @Test("interest is the same on both sides of where balance × apr leaves 64 bits")
  func interestAcrossWidths() {
    // The rule in 128 bits, for every product: (balance × billionths + 6e9) / 12e9.
    func expected(_ balance: Int64, _ billionths: Int64) -> Int64 {
      Int64(clamping: (Int128(balance) * Int128(billionths) + 6_000_000_000) / 12_000_000_000)
    }
    let rate = Int64(360_000_000)  // 36 %
    let limit = (Int64.max - 6_000_000_000) / rate
    var balances: [Int64] = [0, 1, 99, 100, 1_000_000_000, .max, .max - 1]
    for near in (limit - 3)...(limit + 3) { balances.append(near) }
    // And 2,000 spread over the whole range.
    for step in Int64(0)..<2_000 { balances.append(Int64.max / 2_000 * step + step * step) }
    for balance in balances {
      for billionths in [0, 1, rate, 999_999_999, Int64.max / 3, .max] {
        #expect(
          RepaymentPlanner.monthlyInterest(on: balance, apr: Rate(billionths: billionths))
            == expected(balance, billionths), "\(balance) at \(billionths)")
      }
    }
  }

  @Test("a loan at 0 % is paid down by the budget without interest")
  func zeroPercent() {
    let plan = Self.plan([Self.loan("huabei", balance: 100_000, minimum: 10_000)], budget: 30_000)
    #expect(plan.months.map { $0.payments.map(\.balance) } == [[70_000], [40_000], [10_000], [0]])
    #expect(plan.months.map { $0.payments.map(\.payment) } == [[30_000], [30_000], [30_000], [10_000]])
    #expect(plan.totalInterest == 0)
    #expect(plan.payoff == CalendarMonth(year: 2027, month: 4))
    #expect(plan.loans.first?.payoff == CalendarMonth(year: 2027, month: 4))
    #expect(plan.isFeasible)
    #expect(plan.shortfall == 0)
    #expect(plan.loans.first?.minimumBelowInterest == false)
  }

  @Test("interest is added at the month's start, before the payment")
  func interestBeforePayment() {
    // ¥1,000.00 at 12 %: ¥10.00 the first month; ¥600.00 paid leaves ¥410.00; then ¥4.10 and
    // ¥414.10 paid in full.
    let plan = Self.plan([Self.loan("a", balance: 100_000, apr: "0.12", minimum: 10_000)], budget: 60_000)
    let payments = plan.months.flatMap(\.payments)
    #expect(payments.map(\.interest) == [1_000, 410])
    #expect(payments.map(\.payment) == [60_000, 41_410])
    #expect(payments.map(\.balance) == [41_000, 0])
    #expect(plan.totalInterest == 1_410)
    #expect(plan.payoff == CalendarMonth(year: 2027, month: 2))
  }

  @Test("a minimum below the monthly interest is flagged and never loops: the months end the plan")
  func minimumBelowInterest() {
    // ¥10,000.00 at 24 %: ¥200.00 a month of interest against a ¥100.00 minimum and budget.
    let plan = Self.plan([Self.loan("a", balance: 1_000_000, apr: "0.24", minimum: 10_000)], budget: 10_000)
    #expect(plan.months.count == 120)
    #expect(plan.loans.first?.minimumBelowInterest == true)
    #expect(plan.loans.first?.payoff == nil)
    #expect(plan.payoff == nil)
    #expect(plan.isFeasible)
    #expect(plan.months[0].payments[0].balance == 1_010_000)
    #expect(plan.months[1].payments[0].interest == 20_200)
    Self.expectConsistent(plan, starting: ["a": 1_000_000])
    let long = Self.plan(
      [Self.loan("a", balance: 1_000_000, apr: "0.24", minimum: 10_000)], budget: 10_000, months: 600)
    #expect(long.months.count == 600)
  }

  @Test("a budget that pays everything ends the plan in its first month")
  func everythingAtOnce() {
    let plan = Self.plan(
      [
        Self.loan("a", balance: 50_000, apr: "0.18", minimum: 5_000),
        Self.loan("b", balance: 1, minimum: 1),
      ],
      obligations: [Self.obligation("c", due: "2027-01-10", amount: 12_500)], budget: 10_000_000)
    #expect(plan.months.count == 1)
    #expect(plan.payoff == Self.january)
    #expect(plan.months[0].payments.map(\.loan) == ["a", "b", "c"])
    #expect(plan.months[0].payments.map(\.payment) == [50_750, 1, 12_500])
    #expect(plan.months[0].payments.allSatisfy { $0.balance == 0 })
    #expect(plan.loans.allSatisfy { $0.payoff == Self.january })
  }

  @Test("the smallest balance, 0.01, is paid in the first month without interest")
  func smallestBalance() {
    let plan = Self.plan([Self.loan("a", balance: 1, apr: "0.36", minimum: 50_000)], budget: 1)
    #expect(
      plan.months.flatMap(\.payments) == [
        RepaymentPlan.Payment(loan: "a", payment: 1, interest: 0, balance: 0)
      ])
    #expect(plan.payoff == Self.january)
  }

  @Test("balances of 10,000,000.00 over 600 months neither overflow nor trap, even at absurd rates")
  func largestBalances() {
    let ten = Int64(1_000_000_000)
    let plan = Self.plan(
      [Self.loan("a", balance: ten, apr: "0.36", minimum: 100_000)], budget: 100_000, months: 600)
    #expect(plan.months.count == 600)
    Self.expectConsistent(plan, starting: ["a": ten])
    // 900 % a year doubles it far past what an amount can hold: it stays at the largest amount.
    let absurd = Self.plan(
      [
        Self.loan("a", balance: ten, apr: "9", minimum: 100_000),
        Self.loan("b", balance: ten, apr: "9", minimum: 1),
      ],
      budget: 100_001, months: 600, strategy: .snowball)
    #expect(absurd.months.count == 600)
    #expect(absurd.months.last?.payments.first?.balance == Int64.max - 100_000)
    #expect(absurd.totalInterest == Int64.max)
    let paid = Self.plan(
      [Self.loan("a", balance: ten, apr: "0.05", minimum: 100_000)], budget: ten, months: 600)
    #expect(paid.months.count == 2)
    #expect(paid.payoff == CalendarMonth(year: 2027, month: 2))
  }

  @Test("avalanche pays the highest rate first, snowball the smallest balance")
  func strategies() {
    let loans = [
      Self.loan("big", balance: 500_000, apr: "0.2", minimum: 10_000),
      Self.loan("small", balance: 100_000, apr: "0.1", minimum: 10_000),
    ]
    let avalanche = Self.plan(loans, budget: 60_000)
    let snowball = Self.plan(loans, budget: 60_000, strategy: .snowball)
    // After interest (¥83.33 and ¥8.33): avalanche gives the ¥400.00 beyond the minimums to big.
    #expect(avalanche.months[0].payments.map(\.payment) == [50_000, 10_000])
    #expect(snowball.months[0].payments.map(\.payment) == [10_000, 50_000])
    #expect(avalanche.totalInterest < snowball.totalInterest)
    #expect(avalanche.isFeasible && snowball.isFeasible)
    Self.expectConsistent(avalanche, starting: ["big": 500_000, "small": 100_000])
    Self.expectConsistent(snowball, starting: ["big": 500_000, "small": 100_000])
  }

  @Test("ties: avalanche falls back on the smaller balance, then the id; snowball on the higher rate")
  func ties() {
    let loans = [
      Self.loan("b", balance: 20_000, apr: "0.1", minimum: 0),
      Self.loan("a", balance: 20_000, apr: "0.1", minimum: 0),
      Self.loan("c", balance: 10_000, apr: "0.1", minimum: 0),
      Self.loan("d", balance: 10_000, apr: "0.2", minimum: 0),
    ]
    let avalanche = Self.plan(loans, budget: 100, months: 1)
    #expect(avalanche.months[0].payments.filter { $0.payment > 0 }.map(\.loan) == ["d"])
    // After interest c owes ¥100.83, d ¥101.67: snowball takes c.
    let snowball = Self.plan(loans, budget: 100, months: 1, strategy: .snowball)
    #expect(snowball.months[0].payments.filter { $0.payment > 0 }.map(\.loan) == ["c"])
    // x and y both owe ¥100.00 after interest; y's rate is higher.
    let even = Self.plan(
      [Self.loan("x", balance: 10_000, minimum: 0), Self.loan("y", balance: 9_917, apr: "0.1", minimum: 0)],
      budget: 100, months: 1, strategy: .snowball)
    #expect(even.months[0].payments.filter { $0.payment > 0 }.map(\.loan) == ["y"])
    let rest = Self.plan(Array(loans.prefix(2)), budget: 100, months: 1)
    #expect(rest.months[0].payments.filter { $0.payment > 0 }.map(\.loan) == ["a"])
  }

  @Test("a short budget: overdue first, highest daily penalty first, then minimums; the shortfall")
  func shortBudget() {
    let plan = Self.plan(
      [
        Self.loan("cheap", balance: 100_000, minimum: 50_000, dailyRate: "0.0001"),
        Self.loan("dear", balance: 100_000, minimum: 50_000, dailyRate: "0.001"),
      ],
      obligations: [
        Self.obligation("late", due: "2026-12-10", amount: 20_000, dailyRate: "0.0002"),
        Self.obligation("soon", due: "2027-01-15", amount: 30_000, dailyRate: "0.01"),
      ], budget: 100_000, months: 2)
    // An obligation overdue on the day the plan is made, due within its first month, comes
    // first too.
    let overdueNow = Self.plan(
      [Self.loan("card", balance: 10_000, minimum: 10_000, dailyRate: "0.01")],
      obligations: [Self.obligation("late", due: "2027-01-02", amount: 10_000, overdue: true)],
      budget: 10_000,
      months: 1)
    #expect(overdueNow.months[0].payments.map(\.payment) == [0, 10_000])
    // Required ¥1,500.00 against ¥1,000.00: late ¥200.00 (overdue), soon ¥300.00 (1 %/day),
    // dear ¥500.00, cheap nothing.
    #expect(!plan.isFeasible)
    #expect(plan.months[0].payments.map(\.loan) == ["cheap", "dear", "late", "soon"])
    #expect(plan.months[0].payments.map(\.payment) == [0, 50_000, 20_000, 30_000])
    #expect(plan.months[0].payments.map(\.balance) == [100_000, 50_000, 0, 0])
    // The second month requires ¥500.00 + ¥500.00: feasible, the largest difference stays ¥500.00.
    #expect(plan.months[1].payments.map(\.payment) == [50_000, 50_000])
    #expect(plan.shortfall == 50_000)
    #expect(plan.firstMonthUnpaid == [RepaymentPlan.Unpaid(loan: "cheap", unpaid: 50_000, penaltyPerDay: 5)])
    #expect(plan.penaltyPerDay == 5)
  }

  @Test("what a short budget leaves of an obligation carries into the next month as overdue")
  func carriedObligation() {
    let plan = Self.plan(
      [Self.loan("card", balance: 10_000, minimum: 10_000, dailyRate: "0.01")],
      obligations: [
        Self.obligation("huabei", due: "2027-01-10", amount: 30_000),
        Self.obligation("huabei", due: "2027-02-10", amount: 30_000),
      ], budget: 25_000, months: 4)
    // January: card (1 %/day) ¥100.00 first, huabei ¥150.00 of ¥300.00.
    #expect(plan.months[0].payments.map(\.payment) == [10_000, 15_000])
    #expect(plan.months[0].payments.map(\.balance) == [0, 15_000])
    // February: the overdue ¥150.00 first, then ¥100.00 of February's ¥300.00.
    #expect(
      plan.months[1].payments == [
        RepaymentPlan.Payment(loan: "huabei", payment: 25_000, interest: 0, balance: 20_000)
      ])
    #expect(
      plan.months[2].payments == [
        RepaymentPlan.Payment(loan: "huabei", payment: 20_000, interest: 0, balance: 0)
      ])
    #expect(plan.months.count == 3)
    #expect(plan.payoff == CalendarMonth(year: 2027, month: 3))
    #expect(plan.shortfall == 20_000)
    #expect(plan.firstMonthUnpaid == [RepaymentPlan.Unpaid(loan: "huabei", unpaid: 15_000, penaltyPerDay: 8)])
  }

  @Test("fixed obligations are paid first in their month, overdue ones in the first month")
  func obligationsFirst() {
    let plan = Self.plan(
      [Self.loan("card", balance: 100_000, minimum: 10_000)],
      obligations: [
        Self.obligation("huabei", due: "2026-11-10", amount: 5_000),
        Self.obligation("huabei", due: "2027-02-10", amount: 20_000),
      ], budget: 40_000, months: 12)
    #expect(plan.months[0].payments.map(\.loan) == ["card", "huabei"])
    #expect(plan.months[0].payments.map(\.payment) == [35_000, 5_000])
    // February's ¥200.00 first, the card the rest.
    #expect(plan.months[1].payments.map(\.payment) == [20_000, 20_000])
    #expect(plan.months[2].payments.map(\.loan) == ["card"])
    #expect(plan.months[2].payments.map(\.payment) == [40_000])
    #expect(plan.months[3].payments.map(\.payment) == [5_000])
    #expect(plan.payoff == CalendarMonth(year: 2027, month: 4))
  }

  @Test("one loan, and 50 loans with mixed rates, within one budget")
  func oneAndFifty() {
    let one = Self.plan([Self.loan("only", balance: 123_456, apr: "0.15", minimum: 5_000)], budget: 20_000)
    #expect(one.isFeasible)
    #expect(one.payoff != nil)
    Self.expectConsistent(one, starting: ["only": 123_456])
    let fifty: [PlannedLoan] = (0..<50).map { (index: Int) -> PlannedLoan in
      let apr = index % 3 == 0 ? "0" : "0.\(index % 4 + 1)"
      let balance = Int64(10_000 + index * 7_919)
      return Self.loan("loan-\(index)", balance: balance, apr: apr, minimum: Int64(500 + index * 10))
    }
    let starting = [String: Int64](uniqueKeysWithValues: fifty.map { ($0.id, $0.balance) })
    for strategy in RepaymentStrategy.allCases {
      let plan = Self.plan(fifty, budget: 600_000, strategy: strategy)
      #expect(plan.isFeasible)
      #expect(plan.loans.count == 50)
      #expect(plan.payoff != nil)
      #expect(plan.months.first?.payments.count == 50)
      Self.expectConsistent(plan, starting: starting)
      // Every month but the last spends the whole budget: what is left over is not carried.
      for month in plan.months.dropLast() { #expect(month.payments.reduce(0) { $0 + $1.payment } == 600_000) }
      #expect(plan.loans.compactMap { $0.payoff }.max() == plan.payoff)
    }
  }

  @Test(
    "a comparison is the plan of the strategy asked for and the other plan's summary, short or not, paid off or not",
    arguments: [1_000, 60_000, 200_000, 10_000_000] as [Int64])
  func comparedPlans(budget: Int64) {
    let portfolio = PlanPortfolio(
      currency: Self.yuan,
      loans: [
        Self.loan("card", balance: 500_000, apr: "0.18", minimum: 20_000, dailyRate: "0.001"),
        Self.loan("small", balance: 30_000, apr: "0.05", minimum: 5_000),
        Self.loan("zero", balance: 90_000, minimum: 3_000, dailyRate: "0.0001"),
      ],
      obligations: [
        Self.obligation("late", due: "2026-12-10", amount: 20_000, dailyRate: "0.0002"),
        Self.obligation("soon", due: "2027-01-15", amount: 30_000, dailyRate: "0.01"),
        Self.obligation("soon", due: "2027-02-15", amount: 30_000, dailyRate: "0.02"),
      ])
    for strategy in RepaymentStrategy.allCases {
      for months in [1, 7, 120] {
        let (plan, other) = RepaymentPlanner.compared(
          portfolio, budget: budget, from: Self.january, months: months, strategy: strategy)
        #expect(
          plan
            == RepaymentPlanner.plan(
              portfolio, budget: budget, from: Self.january, months: months, strategy: strategy))
        #expect(
          other
            == RepaymentPlanner.plan(
              portfolio, budget: budget, from: Self.january, months: months, strategy: strategy.other
            ).summary)
      }
    }
  }
}
