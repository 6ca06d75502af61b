/// An arrangement made with a platform (an extension, instalments: measure 4 of the playbook).
/// Its kinds and the form of its details are for a later issue to fix; the store keeps them as
/// text.
public struct Agreement: Hashable, Sendable {
  /// The id the store gave it.
  public var id: Int64
  /// The loan's id.
  public var loan: String
  /// What kind of arrangement it is.
  public var kind: String
  /// Its terms.
  public var details: String
  /// When it was recorded, microseconds since 1970 UTC.
  public var createdAt: Int64

  /// An agreement as stored.
  public init(id: Int64, loan: String, kind: String, details: String, createdAt: Int64) {
    self.id = id
    self.loan = loan
    self.kind = kind
    self.details = details
    self.createdAt = createdAt
  }
}
