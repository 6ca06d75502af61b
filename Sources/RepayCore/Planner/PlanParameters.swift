/// The parameters of a plan as a person or a client gives them, before they are read.
public struct PlanParameters: Hashable, Sendable {
  /// The monthly budget, a decimal string in major units.
  public var budget: String
  /// The strategy; nil for avalanche.
  public var strategy: RepaymentStrategy?
  /// How many months at most; nil for `RepaymentPlanner.defaultMonths`.
  public var months: Int?
  /// The first month, `YYYY-MM`; nil for the current month.
  public var from: String?
  /// The currency of the loans to plan; nil when the loans with a balance have only one.
  public var currency: String?

  /// Parameters with these values.
  public init(
    budget: String, strategy: RepaymentStrategy? = nil, months: Int? = nil, from: String? = nil,
    currency: String? = nil
  ) {
    self.budget = budget
    self.strategy = strategy
    self.months = months
    self.from = from
    self.currency = currency
  }
}
