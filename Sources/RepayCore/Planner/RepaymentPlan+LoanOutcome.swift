extension RepaymentPlan {
  /// A planned loan over the whole plan.
  public struct LoanOutcome: Hashable, Sendable {
    /// The loan's id.
    public let loan: String
    /// The month its balance reached 0; nil when it did not within the plan.
    public let payoff: CalendarMonth?
    /// The interest it cost.
    public let interest: Int64
    /// Whether its minimum payment is at most its first month's interest, so that paying only
    /// the minimum never lowers its balance.
    public let minimumBelowInterest: Bool

    /// An outcome with these parts.
    public init(loan: String, payoff: CalendarMonth?, interest: Int64, minimumBelowInterest: Bool) {
      self.loan = loan
      self.payoff = payoff
      self.interest = interest
      self.minimumBelowInterest = minimumBelowInterest
    }
  }
}
