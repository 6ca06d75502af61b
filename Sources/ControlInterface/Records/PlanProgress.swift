extension Control {
  /// How the plan in force is kept: this month so far, and last month as it ended.
  public struct PlanProgress: Codable, Hashable, Sendable {
    /// The adopted plan's id.
    public var plan: Int
    /// When it was adopted.
    public var adoptedAt: String
    /// The plan's currency.
    public var currency: String
    /// The plan's monthly budget.
    public var budget: String
    /// The plan's strategy, so that planning again can keep it.
    public var strategy: Control.PlanStrategy
    /// This month so far; absent when the plan pays nothing in it.
    public var thisMonth: Control.PlanMonthProgress?
    /// Last month as it ended; absent when the plan paid nothing in it.
    public var lastMonth: Control.PlanMonthProgress?

    /// A value with these fields.
    public init(
      plan: Int, adoptedAt: String, currency: String, budget: String, strategy: Control.PlanStrategy,
      thisMonth: Control.PlanMonthProgress?, lastMonth: Control.PlanMonthProgress?
    ) {
      self.plan = plan
      self.adoptedAt = adoptedAt
      self.currency = currency
      self.budget = budget
      self.strategy = strategy
      self.thisMonth = thisMonth
      self.lastMonth = lastMonth
    }

    private enum CodingKeys: String, CodingKey {
      case plan
      case adoptedAt = "adopted_at"
      case currency
      case budget
      case strategy
      case thisMonth = "this_month"
      case lastMonth = "last_month"
    }
  }
}
