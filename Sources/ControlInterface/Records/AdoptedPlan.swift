extension Control {
  /// A repayment plan that was adopted: it stays in the history when a newer one replaces it.
  public struct AdoptedPlan: Codable, Hashable, Sendable {
    /// The plan's id, in the order plans were adopted.
    public var id: Int
    /// When it was adopted.
    public var adoptedAt: String
    /// When a newer plan replaced it; absent while it is in force.
    public var replacedAt: String?
    /// The plan as `Plan` answered it when it was adopted.
    public var plan: Control.PlanResult

    /// A value with these fields.
    public init(id: Int, adoptedAt: String, replacedAt: String? = nil, plan: Control.PlanResult) {
      self.id = id
      self.adoptedAt = adoptedAt
      self.replacedAt = replacedAt
      self.plan = plan
    }

    private enum CodingKeys: String, CodingKey {
      case id
      case adoptedAt = "adopted_at"
      case replacedAt = "replaced_at"
      case plan
    }
  }
}
