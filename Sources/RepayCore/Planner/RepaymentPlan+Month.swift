extension RepaymentPlan {
  /// One month of a plan with the loans that owed something at its start, by id.
  public struct Month: Hashable, Sendable {
    /// The month.
    public let month: CalendarMonth
    /// Each loan's payment, by loan id.
    public let payments: [Payment]

    /// A month with these payments.
    public init(month: CalendarMonth, payments: [Payment]) {
      self.month = month
      self.payments = payments
    }
  }
}
