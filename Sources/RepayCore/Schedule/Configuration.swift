/// A whole, valid configuration: what `repayd.toml` and `loans.d/*.toml` say, checked and
/// resolved (zones loaded, holiday files read), ready for the schedule and the daemon.
public struct Configuration: Sendable {
  /// The zone of due dates and reminder times.
  public var zone: TimeZoneRules
  /// The file `zone` was read from when it is the system's local zone (no `timezone` key, no
  /// `TZ`): the daemon plans again when that file changes. Nil when the zone was named.
  public var systemZoneFile: String?
  /// The language of messages, or nil to follow the locale.
  public var language: Language?
  /// When non-critical stages wait, if ever.
  public var quietHours: QuietHours?
  /// Every holiday file's days, merged.
  public var holidays: HolidayCalendar
  /// Users besides the daemon's own who may use the control socket.
  public var allowedUIDs: [UInt32]
  /// How many hooks may run at once.
  public var hooksMaxConcurrent: Int
  /// How many control-socket clients may be connected at once.
  public var maxConnections: Int
  /// More catch-up deliveries than this at once become one summary notification.
  public var catchUpFold: Int
  /// The hooks, in the order written.
  public var hooks: [Hook]
  /// The loans, in the order written (files in lexical order).
  public var loans: [Loan]
  /// The free-standing reminders, in the order written.
  public var reminders: [CalendarReminder]
  /// The absolute path of the iCalendar file the daemon keeps current (`[daemon] ics_feed`);
  /// nil when there is none.
  public var icsFeed: String?
  /// Where `[daemon] holidays` names the holiday files, the place to say that they run out;
  /// nil when no file is named.
  public var holidaysKey: SourceLocation?

  /// A configuration with these parts.
  public init(
    zone: TimeZoneRules, language: Language?, quietHours: QuietHours?, holidays: HolidayCalendar,
    allowedUIDs: [UInt32], hooksMaxConcurrent: Int, maxConnections: Int, catchUpFold: Int, hooks: [Hook],
    loans: [Loan], reminders: [CalendarReminder], systemZoneFile: String? = nil, icsFeed: String? = nil,
    holidaysKey: SourceLocation? = nil
  ) {
    self.icsFeed = icsFeed
    self.holidaysKey = holidaysKey
    self.zone = zone
    self.systemZoneFile = systemZoneFile
    self.language = language
    self.quietHours = quietHours
    self.holidays = holidays
    self.allowedUIDs = allowedUIDs
    self.hooksMaxConcurrent = hooksMaxConcurrent
    self.maxConnections = maxConnections
    self.catchUpFold = catchUpFold
    self.hooks = hooks
    self.loans = loans
    self.reminders = reminders
  }
}
