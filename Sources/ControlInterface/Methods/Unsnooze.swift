extension Control {
  /// The parameters of a `Unsnooze` call, which ends a loan's snooze.
  public struct UnsnoozeRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.Unsnooze"
    /// The reply.
    public typealias Reply = Control.UnsnoozeReply

    /// The loan's id.
    public var loan: String

    /// A value with these fields.
    public init(loan: String) {
      self.loan = loan
    }
  }

  /// The reply of `Unsnooze`.
  public struct UnsnoozeReply: Codable, Hashable, Sendable {
    /// The snooze that was ended; absent when none was in force.
    public var snooze: Control.SnoozePeriod?

    /// A value with these fields.
    public init(snooze: Control.SnoozePeriod? = nil) {
      self.snooze = snooze
    }
  }
}
