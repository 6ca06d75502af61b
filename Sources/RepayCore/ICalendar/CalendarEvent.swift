/// One `VEVENT` of an iCalendar export: a loan's occurrence as an all-day event, or a
/// free-standing reminder's firing as a timed one, with its alarms.
public struct CalendarEvent: Hashable, Sendable {
  /// When it takes place.
  public enum Start: Hashable, Sendable {
    /// All day on a local date (`DTSTART;VALUE=DATE`, `DTEND` the next day).
    case date(LocalDate)
    /// At an instant, microseconds since 1970, written as local time in the export's zone.
    case instant(Int64)
  }

  /// The `UID`, stable across exports: `LOAN-SCHEDULED_DATE@repayd`,
  /// `LOAN-agreement-ID-N@repayd`, `reminder-ID-UTC_DATE_TIME@repayd`.
  public var uid: String
  /// When it takes place.
  public var start: Start
  /// The `SUMMARY`, plain text.
  public var summary: String
  /// The `DESCRIPTION`, plain text (line breaks allowed).
  public var description: String
  /// Whether it is cancelled (`STATUS:CANCELLED`): an occurrence an agreement superseded.
  public var isCancelled: Bool
  /// The instants of its alarms, microseconds since 1970, in order.
  public var alarms: [Int64]
  /// The `SEQUENCE`: how often it changed since it was first exported.
  public var sequence: Int

  /// An event with these parts, of sequence 0 unless given.
  public init(
    uid: String, start: Start, summary: String, description: String, isCancelled: Bool = false,
    alarms: [Int64] = [], sequence: Int = 0
  ) {
    self.uid = uid
    self.start = start
    self.summary = summary
    self.description = description
    self.isCancelled = isCancelled
    self.alarms = alarms
    self.sequence = sequence
  }
}
