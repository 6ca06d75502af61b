extension Control {
  /// The order in which a plan gives the budget beyond the minimums to its loans.
  public enum PlanStrategy: String, Codable, Hashable, Sendable, CaseIterable {
    /// The highest rate first: the least interest.
    case avalanche
    /// The smallest balance first: the most loans closed soonest.
    case snowball
  }
}
