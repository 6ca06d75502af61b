import RepayCore

/// A notice waiting in the delivery queue, with what its record needs: its key and the instant
/// it was planned for.
public struct QueuedNotice: Sendable {
  /// The key the store de-duplicates on.
  public var key: DeliveryKey
  /// The planned instant, microseconds since 1970.
  public var planned: Int64
  /// What it says.
  public var notice: Notice

  /// A queued notice.
  public init(key: DeliveryKey, planned: Int64, notice: Notice) {
    self.key = key
    self.planned = planned
    self.notice = notice
  }
}
