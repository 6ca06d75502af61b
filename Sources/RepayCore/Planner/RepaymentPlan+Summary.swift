extension RepaymentPlan {
  /// What a plan comes to, without its months: all a comparison shows of the other strategy.
  public struct Summary: Hashable, Sendable {
    /// The order in which the budget beyond the minimums went to the loans.
    public let strategy: RepaymentStrategy
    /// The month every balance reached 0; nil when one did not within the plan.
    public let payoff: CalendarMonth?
    /// The interest of all the planned loans over the plan.
    public let totalInterest: Int64

    /// A summary with these parts.
    public init(strategy: RepaymentStrategy, payoff: CalendarMonth?, totalInterest: Int64) {
      self.strategy = strategy
      self.payoff = payoff
      self.totalInterest = totalInterest
    }
  }

  /// This plan's summary.
  public var summary: Summary { Summary(strategy: strategy, payoff: payoff, totalInterest: totalInterest) }
}
