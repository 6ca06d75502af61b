import GRDB
import RepayCore

/// Reads the columns of one row of `table` as repayd's value types, throwing `UnreadableValue`
/// for a value that is not one (the CHECK constraints keep them out unless the file is edited).
struct StoredRow {
  /// The row.
  let row: Row
  /// Its table, for the error.
  let table: String

  /// The column's value as `Value` (a String, an Int64, or an optional of either).
  func value<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
    try row.decode(forColumn: column)
  }

  /// A `YYYY-MM-DD` column as a date.
  func date(_ column: String) throws -> LocalDate {
    let text: String = try value(column)
    guard let date = LocalDate(parsing: text) else { throw unreadable(column, text) }
    return date
  }

  /// A nullable `YYYY-MM-DD` column as a date, or nil.
  func optionalDate(_ column: String) throws -> LocalDate? {
    let text: String? = try value(column)
    return try text.map { text in
      guard let date = LocalDate(parsing: text) else { throw unreadable(column, text) }
      return date
    }
  }

  /// A stage-name column as a stage.
  func stage(_ column: String) throws -> Stage {
    let text: String = try value(column)
    guard let stage = Stage(rawValue: text) else { throw unreadable(column, text) }
    return stage
  }

  /// A minor-units column and a currency-code column as money.
  func money(minorUnitsColumn: String, currencyColumn: String) throws -> Money {
    let code: String = try value(currencyColumn)
    guard let currency = Currency(code: code) else { throw unreadable(currencyColumn, code) }
    return Money(minorUnits: try value(minorUnitsColumn), currency: currency)
  }

  /// A nullable channel column as a channel, or nil.
  func channel(_ column: String) throws -> ContactChannel? {
    let text: String? = try value(column)
    return try text.map { text in
      guard let channel = ContactChannel(rawValue: text) else { throw unreadable(column, text) }
      return channel
    }
  }

  /// A nullable direction column as a direction, or nil.
  func direction(_ column: String) throws -> NoteDirection? {
    let text: String? = try value(column)
    return try text.map { text in
      guard let direction = NoteDirection(rawValue: text) else { throw unreadable(column, text) }
      return direction
    }
  }

  /// A nullable `HH:MM` column as a time of day, or nil.
  func optionalTime(_ column: String) throws -> TimeOfDay? {
    let text: String? = try value(column)
    return try text.map { text in
      guard let time = try? TimeOfDay(parsing: text) else { throw unreadable(column, text) }
      return time
    }
  }

  /// A note's promise from its four `promise_` columns (all set or all NULL, as the schema
  /// checks), or nil.
  func promise() throws -> NotePromise? {
    let by: String? = try value("promise_by")
    guard let by else { return nil }
    guard let party = NotePromise.Party(rawValue: by) else { throw unreadable("promise_by", by) }
    return NotePromise(
      amount: try money(minorUnitsColumn: "promise_minor", currencyColumn: "promise_currency"),
      date: try date("promise_date"), by: party)
  }

  private func unreadable(_ column: String, _ value: String) -> UnreadableValue {
    UnreadableValue(table: table, column: column, value: value)
  }
}
