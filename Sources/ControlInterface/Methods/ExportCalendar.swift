extension Control {
  /// The parameters of an `ExportCalendar` call, which answers with the iCalendar (RFC 5545) text
  /// of the occurrences and free-standing reminders in [from, from + days), with payments and
  /// agreements.
  public struct ExportCalendarRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.ExportCalendar"
    /// The reply.
    public typealias Reply = Control.ExportCalendarReply

    /// The first day, `YYYY-MM-DD`; absent: today.
    public var from: String?
    /// How many days; absent: 365.
    public var days: Int?
    /// False leaves out the alarms; absent: true.
    public var alarms: Bool?

    /// A value with these fields.
    public init(from: String? = nil, days: Int? = nil, alarms: Bool? = nil) {
      self.from = from
      self.days = days
      self.alarms = alarms
    }
  }

  /// The reply of `ExportCalendar`.
  public struct ExportCalendarReply: Codable, Hashable, Sendable {
    /// The iCalendar text, CRLF line endings, folded at 75 octets.
    public var ics: String
    /// How many events it holds.
    public var events: Int

    /// A value with these fields.
    public init(ics: String, events: Int) {
      self.ics = ics
      self.events = events
    }
  }
}
