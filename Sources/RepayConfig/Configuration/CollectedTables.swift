import RepayCore

/// The tables of every file of a configuration, gathered by kind before any is read, so that
/// `[reminders]` is known when the first loan is read, whichever file holds it.
struct CollectedTables {
  /// `[daemon]` and where it starts.
  var daemon: (table: TOMLTable, location: SourceLocation)?
  /// `[reminders]` and where it starts.
  var reminders: (table: TOMLTable, location: SourceLocation)?
  /// The `[[hook]]` tables, in order.
  var hooks: [(table: TOMLTable, location: SourceLocation)] = []
  /// The `[[loan]]` tables, in order.
  var loans: [(table: TOMLTable, location: SourceLocation)] = []
  /// The `[[reminder]]` tables, in order.
  var reminderTables: [(table: TOMLTable, location: SourceLocation)] = []

  /// Adds the tables of `document`, reporting unknown top-level keys, tables of the wrong
  /// type, and a second `[daemon]` or `[reminders]`.
  mutating func collect(_ document: TOMLDocument, log: DiagnosticLog) {
    let topLevel = log.language == .english ? "the top level" : "顶层"
    let fields = TableFields(
      document.root, name: topLevel, at: SourceLocation(file: document.file, line: 1, column: 1),
      allowed: ConfigurationReader.topLevelKeys, log: log)
    for key in ["daemon", "reminders"] {
      guard let (table, value) = fields.table(key) else { continue }
      let existing = key == "daemon" ? daemon : reminders
      if let existing {
        log.error(.secondTable(key, first: existing.location), at: value.location)
      } else if key == "daemon" {
        daemon = (table, value.location)
      } else {
        reminders = (table, value.location)
      }
    }
    hooks += tablesOfArray("hook", fields)
    loans += tablesOfArray("loan", fields)
    reminderTables += tablesOfArray("reminder", fields)
  }

  /// The tables of the array of tables `key` (`[[loan]]`), reporting any element that is not
  /// a table.
  private func tablesOfArray(_ key: String, _ fields: TableFields) -> [(
    table: TOMLTable, location: SourceLocation
  )] {
    guard let value = fields.value(key) else { return [] }
    guard case .array(let elements) = value.kind else {
      fields.log.error(
        .wrongType(key: key, expected: .table, elements: true, found: value.type), at: value.location)
      return []
    }
    return elements.compactMap { element in
      guard case .table(let table) = element.kind else {
        fields.log.error(
          .wrongType(key: key, expected: .table, elements: false, found: element.type), at: element.location)
        return nil
      }
      return (table, element.location)
    }
  }
}
