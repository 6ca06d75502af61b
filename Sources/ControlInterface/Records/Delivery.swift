import RepayCore

extension Control {
  /// A delivered notice.
  public struct Delivery: Codable, Hashable, Sendable {
    /// The id.
    public var id: Int64
    /// The loan's id.
    public var loan: String
    /// The occurrence's due date, `YYYY-MM-DD`.
    public var occurrence: String
    /// The stage.
    public var stage: Stage
    /// The stage's offset from the due date, such as "7d".
    public var offset: String?
    /// The instant it was planned for.
    public var plannedAt: String
    /// When it was delivered.
    public var deliveredAt: String

    /// A value with these fields.
    public init(
      id: Int64, loan: String, occurrence: String, stage: Stage, offset: String? = nil, plannedAt: String,
      deliveredAt: String
    ) {
      self.id = id
      self.loan = loan
      self.occurrence = occurrence
      self.stage = stage
      self.offset = offset
      self.plannedAt = plannedAt
      self.deliveredAt = deliveredAt
    }

    private enum CodingKeys: String, CodingKey {
      case id
      case loan
      case occurrence
      case stage
      case offset
      case plannedAt = "planned_at"
      case deliveredAt = "delivered_at"
    }
  }
}
