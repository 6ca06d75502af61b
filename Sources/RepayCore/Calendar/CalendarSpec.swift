/// A parsed systemd calendar expression (systemd.time(7), "Calendar Events"), in the normalized
/// form systemd itself computes with.
///
/// A field that is nil matches every value (`*`). The value of this type is what systemd's
/// `CalendarSpec` holds, so that the normalized text and the next elapses come out the same.
public struct CalendarSpec: Sendable {
  /// The days of the week as bits, bit 0 Monday to bit 6 Sunday; nil for every day.
  public var weekdays: Int?
  /// Whether the day field counts back from the end of the month (`~`).
  public var countsFromEndOfMonth = false
  /// Whether the expression is in UTC (`UTC`, or an `@EPOCH`).
  public var isUTC = false
  /// For an expression ending in the local zone's standard (0) or daylight (1) abbreviation,
  /// which of the two it named; nil otherwise.
  public var daylightSaving: Int?
  /// The local zone abbreviation the expression ended with, as the zone spells it.
  public var localAbbreviation: String?
  /// An IANA zone the expression ends with, other than UTC.
  public var timeZone: String?
  /// The year field.
  public var year: [CalendarComponent]?
  /// The month field, 1 to 12.
  public var month: [CalendarComponent]?
  /// The day field: 1 to 31, or with `countsFromEndOfMonth` 1 for the last day, 2 for the one
  /// before, and so on.
  public var day: [CalendarComponent]?
  /// The hour field.
  public var hour: [CalendarComponent]?
  /// The minute field.
  public var minute: [CalendarComponent]?
  /// The seconds field, in microseconds.
  public var microsecond: [CalendarComponent]?

  /// An expression that matches every microsecond; parsing fills in what is written.
  public init() {}
}
