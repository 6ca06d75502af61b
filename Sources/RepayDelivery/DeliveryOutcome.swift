import RepayCore

/// How a queued notice fared: which sinks took it and which failed, and when.
public struct DeliveryOutcome: Sendable {
  /// The notice's key.
  public var key: DeliveryKey
  /// Its planned instant, microseconds since 1970.
  public var planned: Int64
  /// When the sinks were done with it, microseconds since 1970.
  public var delivered: Int64
  /// The names of the sinks that took it.
  public var sinks: [String]
  /// The sinks that failed, each with its error.
  public var failures: [SinkFailure]

  /// An outcome.
  public init(key: DeliveryKey, planned: Int64, delivered: Int64, sinks: [String], failures: [SinkFailure]) {
    self.key = key
    self.planned = planned
    self.delivered = delivered
    self.sinks = sinks
    self.failures = failures
  }

  /// Whether some sink took it: then it counts as delivered and is not delivered again.
  public var arrived: Bool { !sinks.isEmpty }
}
