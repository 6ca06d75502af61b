extension Control {
  /// The other strategy, computed alike: the month the last balance reached 0 and the interest it
  /// costs.
  public struct PlanComparison: Codable, Hashable, Sendable {
    /// The strategy.
    public var strategy: Control.PlanStrategy
    /// The month every balance reached 0, `YYYY-MM`; nil (written as JSON `null`, never left out)
    /// when one did not within the plan.
    public var payoff: String?
    /// The interest it costs over the plan, a decimal string in major units.
    public var totalInterest: String

    /// A value with these fields.
    public init(strategy: Control.PlanStrategy, payoff: String?, totalInterest: String) {
      self.strategy = strategy
      self.payoff = payoff
      self.totalInterest = totalInterest
    }

    /// Writes `payoff` as `null` when there is none: the design fixes `"payoff": "2028-05" or
    /// null`, where the protocol otherwise leaves absent fields out.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(strategy, forKey: .strategy)
      try container.encode(payoff, forKey: .payoff)
      try container.encode(totalInterest, forKey: .totalInterest)
    }

    private enum CodingKeys: String, CodingKey {
      case strategy
      case payoff
      case totalInterest = "total_interest"
    }
  }
}
