extension Control {
  /// A pause of a loan's notices: they wait until it ends, then are delivered once.
  public struct SnoozePeriod: Codable, Hashable, Sendable {
    /// The id.
    public var id: Int64
    /// The loan's id.
    public var loan: String
    /// The instant it ends.
    public var until: String
    /// When it was made.
    public var createdAt: String
    /// When it was cancelled before its end.
    public var endedAt: String?

    /// A value with these fields.
    public init(id: Int64, loan: String, until: String, createdAt: String, endedAt: String? = nil) {
      self.id = id
      self.loan = loan
      self.until = until
      self.createdAt = createdAt
      self.endedAt = endedAt
    }

    private enum CodingKeys: String, CodingKey {
      case id
      case loan
      case until
      case createdAt = "created_at"
      case endedAt = "ended_at"
    }
  }
}
