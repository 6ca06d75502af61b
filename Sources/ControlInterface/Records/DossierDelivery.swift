import RepayCore

extension Control {
  /// A delivered notice as the dossier lists it: that the person was warned, and when.
  public struct DossierDelivery: Codable, Hashable, Sendable {
    /// The stage.
    public var stage: Stage
    /// The occurrence's effective due date, `YYYY-MM-DD`.
    public var occurrence: String
    /// When it was planned, RFC 3339 UTC.
    public var planned: String
    /// When it was delivered, RFC 3339 UTC.
    public var delivered: String
    /// The sinks it reached (`journal`, `desktop`, `hooks`).
    public var sinks: [String]

    /// A value with these fields.
    public init(stage: Stage, occurrence: String, planned: String, delivered: String, sinks: [String]) {
      self.stage = stage
      self.occurrence = occurrence
      self.planned = planned
      self.delivered = delivered
      self.sinks = sinks
    }
  }
}
