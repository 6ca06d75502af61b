/// A delivery as the store holds it: the record and the id the store gave it, which the
/// control interface and the history show.
public struct RecordedDelivery: Hashable, Sendable {
  /// The id the store gave it.
  public var id: Int64
  /// What was delivered, when and where.
  public var record: DeliveryRecord

  /// A stored delivery.
  public init(id: Int64, record: DeliveryRecord) {
    self.id = id
    self.record = record
  }
}
