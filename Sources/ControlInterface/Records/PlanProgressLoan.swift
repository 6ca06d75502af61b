extension Control {
  /// One loan's planned payment in a month of the plan in force, against what was paid on it in
  /// that month.
  public struct PlanProgressLoan: Codable, Hashable, Sendable {
    /// The loan's id.
    public var loan: String
    /// What the plan pays it in the month.
    public var planned: String
    /// The payments on it dated in the month, withdrawn ones not counted.
    public var paid: String

    /// A value with these fields.
    public init(loan: String, planned: String, paid: String) {
      self.loan = loan
      self.planned = planned
      self.paid = paid
    }
  }
}
