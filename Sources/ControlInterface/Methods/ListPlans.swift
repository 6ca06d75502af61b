extension Control {
  /// The parameters of a `ListPlans` call, which answers with every adopted plan.
  public struct ListPlansRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.ListPlans"
    /// The reply.
    public typealias Reply = Control.ListPlansReply

    /// A call without parameters.
    public init() {}
  }

  /// The reply of `ListPlans`.
  public struct ListPlansReply: Codable, Hashable, Sendable {
    /// The adopted plans in the order they were adopted: the one in force, if any, last.
    public var plans: [Control.AdoptedPlan]

    /// A value with these plans.
    public init(plans: [Control.AdoptedPlan]) {
      self.plans = plans
    }
  }
}
