extension Control {
  /// One month of the plan in force against the payments dated in it.
  public struct PlanMonthProgress: Codable, Hashable, Sendable {
    /// The month, "YYYY-MM".
    public var month: String
    /// What the plan pays in the month, all loans together.
    public var planned: String
    /// What was paid in the month on the loans the plan pays in it.
    public var paid: String
    /// What the month's planned payments lack, loan by loan (a loan paid beyond its plan does not
    /// make up for another); "0.00" when the month keeps to the plan.
    public var short: String
    /// Each loan the plan pays in the month, by id.
    public var loans: [Control.PlanProgressLoan]

    /// A value with these fields.
    public init(
      month: String, planned: String, paid: String, short: String, loans: [Control.PlanProgressLoan]
    ) {
      self.month = month
      self.planned = planned
      self.paid = paid
      self.short = short
      self.loans = loans
    }
  }
}
