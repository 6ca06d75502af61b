import RepayCore

/// One handled delivery as the store keeps it: which stage, when it was planned and delivered,
/// to which sinks, and how it went.
public struct DeliveryRecord: Hashable, Sendable {
  /// What it delivered; unique in the store.
  public var key: DeliveryKey
  /// The instant the stage was planned for, microseconds since 1970 UTC.
  public var plannedAt: Int64
  /// The instant it was delivered, microseconds since 1970 UTC (later than `plannedAt` after a
  /// catch-up).
  public var deliveredAt: Int64
  /// The names of the sinks it went to, in order (`journal`, `desktop`, a hook's name).
  public var sinks: [String]
  /// How it went.
  public var outcome: DeliveryResult

  /// A record.
  public init(
    key: DeliveryKey, plannedAt: Int64, deliveredAt: Int64, sinks: [String], outcome: DeliveryResult
  ) {
    self.key = key
    self.plannedAt = plannedAt
    self.deliveredAt = deliveredAt
    self.sinks = sinks
    self.outcome = outcome
  }
}
