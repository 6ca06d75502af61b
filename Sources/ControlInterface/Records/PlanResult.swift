extension Control {
  /// A repayment plan within a monthly budget (measure 2), as `Plan` answers it; the arithmetic is
  /// fixed in docs/planner.md.
  public struct PlanResult: Codable, Hashable, Sendable {
    /// The currency of the planned loans, ISO 4217.
    public var currency: String
    /// The monthly budget, a decimal string in major units.
    public var budget: String
    /// The order in which the budget beyond the minimums goes to the loans.
    public var strategy: Control.PlanStrategy
    /// The first month, `YYYY-MM`.
    public var from: String
    /// False when the budget is below what some month requires.
    public var feasible: Bool
    /// The largest monthly difference between what is required and the budget; `0.00` when
    /// feasible.
    public var shortfall: String
    /// The months, oldest first.
    public var months: [Control.PlanMonth]
    /// Every planned loan, by id.
    public var loans: [Control.PlanLoanResult]
    /// The interest the plan costs, a decimal string in major units.
    public var totalInterest: String
    /// The other strategy, computed alike.
    public var comparison: [Control.PlanComparison]
    /// The month every balance reached 0, `YYYY-MM`; nil (written as JSON `null`, never left out)
    /// when one did not within the plan.
    public var payoff: String?
    /// When not feasible: what the first month leaves unpaid costs a day in penalties; absent
    /// otherwise.
    public var penaltyPerDay: String?
    /// When not feasible: the platforms to call first, the costliest first; absent otherwise.
    public var callFirst: [Control.PlanCall]?

    /// A value with these fields.
    public init(
      currency: String, budget: String, strategy: Control.PlanStrategy, from: String, feasible: Bool,
      shortfall: String, months: [Control.PlanMonth], loans: [Control.PlanLoanResult],
      totalInterest: String, comparison: [Control.PlanComparison], payoff: String?,
      penaltyPerDay: String? = nil, callFirst: [Control.PlanCall]? = nil
    ) {
      self.currency = currency
      self.budget = budget
      self.strategy = strategy
      self.from = from
      self.feasible = feasible
      self.shortfall = shortfall
      self.months = months
      self.loans = loans
      self.totalInterest = totalInterest
      self.comparison = comparison
      self.payoff = payoff
      self.penaltyPerDay = penaltyPerDay
      self.callFirst = callFirst
    }

    /// Writes `payoff` as `null` when there is none: the design fixes `"payoff": "2028-03" or
    /// null`, where the protocol otherwise leaves absent fields out.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(currency, forKey: .currency)
      try container.encode(budget, forKey: .budget)
      try container.encode(strategy, forKey: .strategy)
      try container.encode(from, forKey: .from)
      try container.encode(feasible, forKey: .feasible)
      try container.encode(shortfall, forKey: .shortfall)
      try container.encode(months, forKey: .months)
      try container.encode(loans, forKey: .loans)
      try container.encode(totalInterest, forKey: .totalInterest)
      try container.encode(comparison, forKey: .comparison)
      try container.encode(payoff, forKey: .payoff)
      try container.encodeIfPresent(penaltyPerDay, forKey: .penaltyPerDay)
      try container.encodeIfPresent(callFirst, forKey: .callFirst)
    }

    private enum CodingKeys: String, CodingKey {
      case currency
      case budget
      case strategy
      case from
      case feasible
      case shortfall
      case months
      case loans
      case totalInterest = "total_interest"
      case comparison
      case payoff
      case penaltyPerDay = "penalty_per_day"
      case callFirst = "call_first"
    }
  }
}
