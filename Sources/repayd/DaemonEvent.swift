import RepayDelivery

/// What the daemon's state owner handles, one at a time, in the order it happened.
enum DaemonEvent: Sendable {
  /// The timer's deadline passed.
  case wake
  /// The delivery queue is done with a batch: record it.
  case delivered([DeliveryOutcome])
  /// A graceful shutdown began (SIGTERM): finish the deliveries in flight, then stop.
  case shutdown
  /// The delivery queue has ended after its last batch.
  case deliveriesFinished
}
