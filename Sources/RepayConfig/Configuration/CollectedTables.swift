import RepayCore

/// The tables of every file of a configuration, gathered by kind before any is read, so that
/// `[reminders]` is known when the first loan is read, whichever file holds it.
struct CollectedTables {
  /// The tables a file may hold at its top level.
  enum Key: Int, TableKey {
    case daemon, reminders, hook, loan, reminder

    /// The key as written in a file.
    var name: String {
      switch self {
      case .daemon: "daemon"
      case .reminders: "reminders"
      case .hook: "hook"
      case .loan: "loan"
      case .reminder: "reminder"
      }
    }
  }

  /// `[daemon]` and where it starts.
  var daemon: (table: TOMLTable, location: SourceLocation)?
  /// `[reminders]` and where it starts.
  var reminders: (table: TOMLTable, location: SourceLocation)?
  /// The `[[hook]]` tables, in order.
  var hooks = TablesOfArray()
  /// The `[[loan]]` tables, in order.
  var loans = TablesOfArray()
  /// The `[[reminder]]` tables, in order.
  var reminderTables = TablesOfArray()

  /// Adds the tables of `document`, reporting unknown top-level keys, tables of the wrong
  /// type, and a second `[daemon]` or `[reminders]`.
  mutating func collect(_ document: TOMLDocument, log: DiagnosticLog) {
    let topLevel = log.language == .english ? "the top level" : "顶层"
    let fields = TableFields<Key>(
      document.root, name: topLevel, at: SourceLocation(file: document.file, line: 1, column: 1), log: log)
    for key in [Key.daemon, .reminders] {
      guard let (table, location) = fields.table(key) else { continue }
      let existing = key == .daemon ? daemon : reminders
      if let existing {
        log.error(.secondTable(key.name, first: existing.location), at: location)
      } else if key == .daemon {
        daemon = (table, location)
      } else {
        reminders = (table, location)
      }
    }
    Self.appendTables(of: .hook, fields, to: &hooks)
    Self.appendTables(of: .loan, fields, to: &loans)
    Self.appendTables(of: .reminder, fields, to: &reminderTables)
  }

  /// Appends the tables of the array of tables `key` (`[[loan]]`) to `tables`, reporting any
  /// element that is not a table.
  private static func appendTables(of key: Key, _ fields: TableFields<Key>, to tables: inout TablesOfArray) {
    guard let value = fields.value(key) else { return }
    guard case .array(let elements) = value.kind else {
      fields.log.error(
        .wrongType(key: key.name, expected: .table, elements: true, found: value.type), at: value.location)
      return
    }
    // By index: an element taken out whole would retain its table only to look at its type.
    for index in elements.indices where elements[index].type != .table {
      fields.log.error(
        .wrongType(key: key.name, expected: .table, elements: false, found: elements[index].type),
        at: elements[index].location)
    }
    tables.append(elements)
  }
}
