extension Control {
  /// One month of a plan with the loans that owed something at its start, by id.
  public struct PlanMonth: Codable, Hashable, Sendable {
    /// The month, `YYYY-MM`.
    public var month: String
    /// Each loan's payment, by loan id.
    public var payments: [Control.PlannedPayment]

    /// A value with these fields.
    public init(month: String, payments: [Control.PlannedPayment]) {
      self.month = month
      self.payments = payments
    }
  }
}
