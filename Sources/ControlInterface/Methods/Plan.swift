extension Control {
  /// The parameters of a `Plan` call, which answers with a repayment plan within a monthly budget
  /// (measure 2): its reply has exactly the fields of `Control.PlanResult`.
  public struct PlanRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.Plan"
    /// The reply.
    public typealias Reply = Control.PlanResult

    /// The monthly budget, a decimal string in major units.
    public var budget: String
    /// The strategy; absent for avalanche.
    public var strategy: Control.PlanStrategy?
    /// How many months at most, 1 to 600; absent for 120.
    public var months: Int?
    /// The first month, `YYYY-MM`; absent for the current month in the configuration's zone.
    public var from: String?
    /// The currency of the loans to plan; needed when the loans with a balance have more than one.
    public var currency: String?

    /// A value with these fields.
    public init(
      budget: String, strategy: Control.PlanStrategy? = nil, months: Int? = nil, from: String? = nil,
      currency: String? = nil
    ) {
      self.budget = budget
      self.strategy = strategy
      self.months = months
      self.from = from
      self.currency = currency
    }
  }
}
