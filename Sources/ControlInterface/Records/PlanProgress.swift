extension Control {
  /// How the current month keeps to the plan in force.
  public struct PlanProgress: Codable, Hashable, Sendable {
    /// The adopted plan's id.
    public var plan: Int
    /// When it was adopted.
    public var adoptedAt: String
    /// The current month, "YYYY-MM".
    public var month: String
    /// The plan's currency.
    public var currency: String
    /// The plan's monthly budget.
    public var budget: String
    /// What the plan pays this month, all loans together.
    public var planned: String
    /// What was paid this month on the loans the plan pays this month.
    public var paid: String
    /// What this month's planned payments still lack, loan by loan (a loan paid beyond its plan
    /// does not make up for another); "0.00" when the month keeps to the plan.
    public var behind: String
    /// Each loan the plan pays this month, by id.
    public var loans: [Control.PlanProgressLoan]

    /// A value with these fields.
    public init(
      plan: Int, adoptedAt: String, month: String, currency: String, budget: String, planned: String,
      paid: String, behind: String, loans: [Control.PlanProgressLoan]
    ) {
      self.plan = plan
      self.adoptedAt = adoptedAt
      self.month = month
      self.currency = currency
      self.budget = budget
      self.planned = planned
      self.paid = paid
      self.behind = behind
      self.loans = loans
    }

    private enum CodingKeys: String, CodingKey {
      case plan
      case adoptedAt = "adopted_at"
      case month
      case currency
      case budget
      case planned
      case paid
      case behind
      case loans
    }
  }
}
