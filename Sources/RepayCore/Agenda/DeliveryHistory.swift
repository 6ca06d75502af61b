/// What the store knows that decides which notices are still to deliver: the pure input of
/// `Agenda`, read from the state database by the daemon.
public struct DeliveryHistory: Sendable {
  /// The notices already delivered.
  public var delivered: Set<DeliveryKey>
  /// Minor units paid per instalment; an instalment paid in full is settled and its stages
  /// are dropped.
  public var paid: [OccurrenceID: Int64]
  /// Per loan id, the instant (microseconds) until which its notices wait.
  public var snoozedUntil: [String: Int64]
  /// The daemon's first start (microseconds): notices planned at or before it belong to the
  /// time before repayd ran and are not caught up one by one (`Agenda`).
  public var since: Int64

  /// A history with these parts.
  public init(
    delivered: Set<DeliveryKey> = [], paid: [OccurrenceID: Int64] = [:], snoozedUntil: [String: Int64] = [:],
    since: Int64
  ) {
    self.delivered = delivered
    self.paid = paid
    self.snoozedUntil = snoozedUntil
    self.since = since
  }
}
