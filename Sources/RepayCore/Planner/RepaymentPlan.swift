/// A repayment plan within a monthly budget (measure 2), month by month, as docs/planner.md
/// states its arithmetic. Amounts are in minor units of the portfolio's currency; figures that
/// would exceed the largest amount are held at it.
public struct RepaymentPlan: Hashable, Sendable {
  /// The order in which the budget beyond the minimums went to the loans.
  public let strategy: RepaymentStrategy
  /// The monthly budget.
  public let budget: Int64
  /// The first month.
  public let from: CalendarMonth
  /// The months, from the first to the one every balance reached 0 or the last allowed.
  public let months: [Month]
  /// Every planned loan, by id.
  public let loans: [LoanOutcome]
  /// The interest of all the planned loans over the plan.
  public let totalInterest: Int64
  /// The month every balance reached 0; nil when one did not within the plan.
  public let payoff: CalendarMonth?
  /// The largest difference, over the months, between what a month required and the budget; 0
  /// when the budget covered every month.
  public let shortfall: Int64
  /// The loans the first month left short, costliest per day first (then the larger amount
  /// unpaid, then the id); empty when it left nothing unpaid.
  public let firstMonthUnpaid: [Unpaid]

  /// Whether the budget covered what every month required.
  public var isFeasible: Bool { shortfall == 0 }

  /// What the amounts the first month left unpaid cost a day in penalties, in all.
  public var penaltyPerDay: Int64 {
    Int64(clamping: firstMonthUnpaid.reduce(Int128(0)) { $0 + Int128($1.penaltyPerDay) })
  }

  /// A plan with these parts; `RepaymentPlanner` makes them.
  public init(
    strategy: RepaymentStrategy, budget: Int64, from: CalendarMonth, months: [Month], loans: [LoanOutcome],
    totalInterest: Int64, payoff: CalendarMonth?, shortfall: Int64, firstMonthUnpaid: [Unpaid]
  ) {
    self.strategy = strategy
    self.budget = budget
    self.from = from
    self.months = months
    self.loans = loans
    self.totalInterest = totalInterest
    self.payoff = payoff
    self.shortfall = shortfall
    self.firstMonthUnpaid = firstMonthUnpaid
  }
}
