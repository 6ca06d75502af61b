import RepayCore

/// A free-standing `[[reminder]]` table, read and checked.
enum ReminderSection {
  /// The keys a reminder may hold.
  enum Key: Int, TableKey {
    case id, calendar, message

    /// The key as written in a file.
    var name: String {
      switch self {
      case .id: "id"
      case .calendar: "calendar"
      case .message: "message"
      }
    }
  }

  /// The reminder in `table`, or nil after reporting every fault.
  static func read(
    _ table: consuming TOMLTable, at location: SourceLocation, calendar: ConfigCalendar, log: DiagnosticLog
  ) -> CalendarReminder? {
    let fields = TableFields<Key>(table, name: "[[reminder]]", at: location, log: log)
    let id = IDField.read(fields, key: .id)
    var parsed: (text: String, spec: CalendarSpec, zone: TimeZoneRules?)?
    if let text = fields.string(.calendar, required: true),
      let (spec, zone) = calendar.reminderSpec(text, at: .calendar, fields: fields)
    {
      parsed = (text, spec, zone)
    }
    let message = fields.string(.message, required: true)
    guard let id, let parsed, let message else { return nil }
    return CalendarReminder(
      id: id, calendarText: parsed.text, spec: parsed.spec, zone: parsed.zone, message: message)
  }
}
