extension RepaymentPlan {
  /// One loan in one month of a plan.
  public struct Payment: Hashable, Sendable {
    /// The loan's id.
    public let loan: String
    /// What the plan pays it this month.
    public let payment: Int64
    /// The interest added at the month's start (0 for a fixed obligation).
    public let interest: Int64
    /// What it owes after the payment: a planned loan's balance, or what stays unpaid of a fixed
    /// obligation's occurrences due so far.
    public let balance: Int64

    /// A payment with these amounts.
    public init(loan: String, payment: Int64, interest: Int64, balance: Int64) {
      self.loan = loan
      self.payment = payment
      self.interest = interest
      self.balance = balance
    }
  }
}
