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
    let parsed = fields.string(.calendar, required: true).flatMap {
      calendar.reminderSpec($0, at: .calendar, fields: fields)
    }
    let message = fields.string(.message, required: true)
    guard let id, let (spec, zone) = parsed, let message else { return nil }
    return CalendarReminder(id: id, spec: spec, zone: zone, message: message)
  }
}
