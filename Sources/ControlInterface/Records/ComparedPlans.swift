import RepayCore

/// What a `Plan` reply says, in minor units: the plan of the strategy asked for, what the other
/// strategy's comes to, and the platforms to call first with their names and contacts.
/// `Control.PlanResult` is written from it, and so is the offline `repayctl plan --json`, straight
/// to bytes (docs/performance.md, "repayctl plan"); which fields are present is decided here
/// once, so that both say the same.
public struct ComparedPlans: Hashable, Sendable {
  /// A platform to call first: the loan, how it is named and reached, and what the first month
  /// leaves unpaid on it.
  public struct Call: Hashable, Sendable {
    /// The loan's id.
    public let loan: String
    /// The loan's name; its id when no configured loan has it.
    public let name: String
    /// The platform; empty when no configured loan has the id.
    public let platform: String
    /// Where to reach the platform; nil when the configuration gives nothing.
    public let contact: LoanContact?
    /// What the first month leaves unpaid, in minor units.
    public let unpaid: Int64
    /// What that costs a day in penalties, in minor units.
    public let penaltyPerDay: Int64

    /// A call with these parts.
    public init(
      loan: String, name: String, platform: String, contact: LoanContact?, unpaid: Int64, penaltyPerDay: Int64
    ) {
      self.loan = loan
      self.name = name
      self.platform = platform
      self.contact = contact
      self.unpaid = unpaid
      self.penaltyPerDay = penaltyPerDay
    }
  }

  /// The currency of every amount.
  public let currency: Currency
  /// The plan of the strategy asked for.
  public let plan: RepaymentPlan
  /// What the other strategy's plan, made alike, comes to.
  public let other: RepaymentPlan.Summary
  /// When the plan is not feasible: the platforms to call first, the costliest first; nil
  /// otherwise.
  public let callFirst: [Call]?

  /// Plans `portfolio` as `query` asks, and the other strategy alike; `loans` give the names,
  /// platforms and contacts of the platforms to call first. What both the offline
  /// `repayctl plan` and the daemon's `Plan` answer. The portfolio is taken
  /// (`RepaymentPlanner.compared`).
  public init(query: PlanQuery, portfolio: consuming PlanPortfolio, loans: [Loan]) {
    let (plan, other) = RepaymentPlanner.compared(
      consume portfolio, budget: query.budget.minorUnits, from: query.from, months: query.months,
      strategy: query.strategy)
    var calls: [Call]?
    if !plan.isFeasible {
      let byId = Dictionary(loans.map { ($0.id, $0) }) { first, _ in first }
      calls = plan.firstMonthUnpaid.map {
        let loan = byId[$0.loan]
        return Call(
          loan: $0.loan, name: loan?.name ?? $0.loan, platform: loan?.platform ?? "",
          contact: loan.map(\.contact).flatMap { $0 == LoanContact() ? nil : $0 }, unpaid: $0.unpaid,
          penaltyPerDay: $0.penaltyPerDay)
      }
    }
    self.init(currency: query.currency, plan: plan, other: other, callFirst: calls)
  }

  /// Plans with these parts, as they are; `init(query:portfolio:loans:)` makes them.
  public init(currency: Currency, plan: RepaymentPlan, other: RepaymentPlan.Summary, callFirst: [Call]?) {
    self.currency = currency
    self.plan = plan
    self.other = other
    self.callFirst = callFirst
  }

  /// The monthly budget.
  public var budget: Money { Money(minorUnits: plan.budget, currency: currency) }

  /// When the plan is not feasible: what the first month leaves unpaid costs a day in penalties,
  /// in minor units; nil otherwise.
  public var penaltyPerDay: Int64? { plan.isFeasible ? nil : plan.penaltyPerDay }
}
