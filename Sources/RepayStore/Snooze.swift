/// A pause of a loan's reminders until an instant (`repayctl snooze`). At most one is open per
/// loan; a new one ends it, and so does a cancel. Ended ones stay for the history.
public struct Snooze: Hashable, Sendable {
  /// The id the store gave it.
  public var id: Int64
  /// The loan's id.
  public var loan: String
  /// The instant the loan's stages resume, microseconds since 1970 UTC.
  public var until: Int64
  /// When it was made, microseconds since 1970 UTC.
  public var createdAt: Int64
  /// When it was cancelled or replaced by a newer one, microseconds since 1970 UTC; nil while
  /// open.
  public var endedAt: Int64?

  /// A snooze as stored.
  public init(id: Int64, loan: String, until: Int64, createdAt: Int64, endedAt: Int64?) {
    self.id = id
    self.loan = loan
    self.until = until
    self.createdAt = createdAt
    self.endedAt = endedAt
  }
}
