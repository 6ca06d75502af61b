extension Control {
  /// A planned loan over the whole plan: the month its balance reached 0 and the interest it cost.
  public struct PlanLoanResult: Codable, Hashable, Sendable {
    /// The loan's id.
    public var loan: String
    /// The month its balance reached 0, `YYYY-MM`; nil (written as JSON `null`, never left out)
    /// when it did not within the plan.
    public var payoff: String?
    /// The interest it cost over the plan, a decimal string in major units.
    public var interest: String
    /// True when its minimum payment never covers its monthly interest, so that only payments
    /// beyond the minimum can pay it off; absent otherwise.
    public var minimumBelowInterest: Bool?

    /// A value with these fields.
    public init(loan: String, payoff: String?, interest: String, minimumBelowInterest: Bool? = nil) {
      self.loan = loan
      self.payoff = payoff
      self.interest = interest
      self.minimumBelowInterest = minimumBelowInterest
    }

    /// Writes `payoff` as `null` when there is none: the design fixes `"payoff": "2028-03" or
    /// null`, where the protocol otherwise leaves absent fields out.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(loan, forKey: .loan)
      try container.encode(payoff, forKey: .payoff)
      try container.encode(interest, forKey: .interest)
      try container.encodeIfPresent(minimumBelowInterest, forKey: .minimumBelowInterest)
    }

    private enum CodingKeys: String, CodingKey {
      case loan
      case payoff
      case interest
      case minimumBelowInterest = "minimum_below_interest"
    }
  }
}
