import RepayCore

/// A repayment plan adopted with `repayctl plan --adopt`, as the store keeps it.
public struct AdoptedPlan: Hashable, Sendable {
  /// The plan's id, in the order plans were adopted.
  public var id: Int64
  /// When it was adopted, microseconds since 1970 UTC.
  public var adoptedAt: Int64
  /// When a newer plan replaced it; nil while it is in force.
  public var replacedAt: Int64?
  /// The monthly budget, in the plan's currency.
  public var budget: Money
  /// How the budget beyond the minimums is spread: `avalanche` or `snowball`.
  public var strategy: String
  /// The plan as the daemon answered it when it was adopted: the JSON text of its reply.
  public var plan: String

  /// A plan with these fields.
  public init(id: Int64, adoptedAt: Int64, replacedAt: Int64?, budget: Money, strategy: String, plan: String)
  {
    self.id = id
    self.adoptedAt = adoptedAt
    self.replacedAt = replacedAt
    self.budget = budget
    self.strategy = strategy
    self.plan = plan
  }
}
