extension Control {
  /// The parameters of a `Snooze` call, which pauses a loan's notices for a duration or until a date (exactly one of them).
  public struct SnoozeRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.Snooze"
    /// The reply.
    public typealias Reply = Control.SnoozeReply

    /// The loan's id.
    public var loan: String
    /// How long, such as `3d`; absent when it does not apply.
    public var duration: String?
    /// The instant it ends; absent when it does not apply.
    public var until: String?

    /// A value with these fields.
    public init(loan: String, duration: String? = nil, until: String? = nil) {
      self.loan = loan
      self.duration = duration
      self.until = until
    }
  }

  /// The reply of `Snooze`.
  public struct SnoozeReply: Codable, Hashable, Sendable {
    /// The snooze.
    public var snooze: Control.SnoozePeriod

    /// A value with these fields.
    public init(snooze: Control.SnoozePeriod) {
      self.snooze = snooze
    }
  }
}
