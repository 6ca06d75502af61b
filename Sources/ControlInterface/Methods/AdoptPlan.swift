extension Control {
  /// The parameters of an `AdoptPlan` call, which makes the plan `Plan` would answer with the
  /// same parameters and keeps it as the plan in force; the one it replaces stays in the history.
  public struct AdoptPlanRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.AdoptPlan"
    /// The reply.
    public typealias Reply = Control.AdoptPlanReply

    /// The plan's parameters, which are `Plan`'s, on the wire as they are.
    public var plan: Control.PlanRequest

    /// The call that adopts the plan `plan` asks for.
    public init(_ plan: Control.PlanRequest) {
      self.plan = plan
    }

    /// Reads the parameters as `Plan`'s.
    public init(from decoder: any Decoder) throws {
      plan = try Control.PlanRequest(from: decoder)
    }

    /// Writes the parameters as `Plan`'s.
    public func encode(to encoder: any Encoder) throws {
      try plan.encode(to: encoder)
    }
  }

  /// The reply of `AdoptPlan`.
  public struct AdoptPlanReply: Codable, Hashable, Sendable {
    /// The plan now in force.
    public var plan: Control.AdoptedPlan

    /// A value with this plan.
    public init(plan: Control.AdoptedPlan) {
      self.plan = plan
    }
  }
}
