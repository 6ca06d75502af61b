extension Control {
  /// The parameters of a `ListOccurrences` call, which answers with every occurrence whose due date
  /// lies in [from, from + days), with its state now.
  public struct ListOccurrencesRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.ListOccurrences"
    /// The reply.
    public typealias Reply = Control.ListOccurrencesReply

    /// The first day, `YYYY-MM-DD`.
    public var from: String
    /// How many days.
    public var days: Int

    /// A value with these fields.
    public init(from: String, days: Int) {
      self.from = from
      self.days = days
    }
  }

  /// The reply of `ListOccurrences`.
  public struct ListOccurrencesReply: Codable, Hashable, Sendable {
    /// The configuration's zone, whose local dates the dates are (`Asia/Shanghai`).
    public var timezone: String
    /// The occurrences due in the window (superseded and settled ones included), by due date,
    /// then loan id.
    public var occurrences: [Control.CalendarOccurrence]

    /// A value with these fields.
    public init(timezone: String, occurrences: [Control.CalendarOccurrence]) {
      self.timezone = timezone
      self.occurrences = occurrences
    }
  }
}
