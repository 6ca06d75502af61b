import RepayCore

/// A free-standing `[[reminder]]` table, read and checked.
enum ReminderSection {
  /// The keys a reminder may hold.
  static let keys = ["id", "calendar", "message"]

  /// The reminder in `table`, or nil after reporting every fault.
  static func read(
    _ table: TOMLTable, at location: SourceLocation, calendar: ConfigCalendar, log: DiagnosticLog
  ) -> CalendarReminder? {
    let fields = TableFields(table, name: "[[reminder]]", at: location, allowed: keys, log: log)
    let id = IDField.read(fields)
    var parsed: (text: String, spec: CalendarSpec, zone: TimeZoneRules?)?
    if let (text, value) = fields.string("calendar", required: true),
      let (spec, zone) = calendar.reminderSpec(text, at: value, fields: fields)
    {
      parsed = (text, spec, zone)
    }
    let message = fields.string("message", required: true)?.0
    guard let id, let parsed, let message else { return nil }
    return CalendarReminder(
      id: id.0, calendarText: parsed.text, spec: parsed.spec, zone: parsed.zone, message: message)
  }
}
