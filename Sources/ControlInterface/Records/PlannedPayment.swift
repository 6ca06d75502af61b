extension Control {
  /// One loan in one month of a plan: what it is paid, the interest added at the month's start (0
  /// for a fixed obligation), and what it owes after the payment.
  public struct PlannedPayment: Codable, Hashable, Sendable {
    /// The loan's id.
    public var loan: String
    /// What the plan pays it this month, a decimal string in major units.
    public var payment: String
    /// The interest added at the month's start, a decimal string in major units.
    public var interest: String
    /// What it owes after the payment, a decimal string in major units.
    public var balance: String

    /// A value with these fields.
    public init(loan: String, payment: String, interest: String, balance: String) {
      self.loan = loan
      self.payment = payment
      self.interest = interest
      self.balance = balance
    }
  }
}
