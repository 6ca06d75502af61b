/// The order in which a plan gives the budget beyond the minimums to its loans (docs/planner.md).
public enum RepaymentStrategy: String, Hashable, Sendable, CaseIterable {
  /// The highest rate first (then the smallest balance, then the id): the least interest.
  case avalanche
  /// The smallest balance first (then the highest rate, then the id): loans closed soonest.
  case snowball

  /// The strategy a plan is compared with.
  public var other: RepaymentStrategy { self == .avalanche ? .snowball : .avalanche }
}
