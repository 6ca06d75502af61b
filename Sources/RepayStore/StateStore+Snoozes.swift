import GRDB

extension StateStore {
  /// Snoozes `loan` until `until`, made at `createdAt` (both microseconds since 1970 UTC). An
  /// open snooze of the loan is ended at `createdAt` and replaced: a loan has at most one.
  /// Returns the new snooze.
  public func snooze(loan: String, until: Int64, createdAt: Int64) throws(StoreError) -> Snooze {
    try write { db in
      try db.execute(
        sql: "UPDATE snoozes SET ended_at = ? WHERE loan = ? AND ended_at IS NULL",
        arguments: [createdAt, loan])
      try db.execute(
        sql: "INSERT INTO snoozes (loan, until, created_at) VALUES (?, ?, ?)",
        arguments: [loan, until, createdAt])
      return Snooze(id: db.lastInsertedRowID, loan: loan, until: until, createdAt: createdAt, endedAt: nil)
    }
  }

  /// Cancels `loan`'s snooze at `instant` (`repayctl unsnooze`) and returns it as ended; nil when
  /// none is active at `instant`.
  public func cancelSnooze(loan: String, at instant: Int64) throws(StoreError) -> Snooze? {
    try write { db in
      guard var snooze = try Self.activeSnooze(db, loan: loan, at: instant) else { return nil }
      try db.execute(sql: "UPDATE snoozes SET ended_at = ? WHERE id = ?", arguments: [instant, snooze.id])
      snooze.endedAt = instant
      return snooze
    }
  }

  /// The snooze holding `loan`'s stages back at `instant`, if any: open, and ending after it.
  public func activeSnooze(loan: String, at instant: Int64) throws(StoreError) -> Snooze? {
    try read { db in try Self.activeSnooze(db, loan: loan, at: instant) }
  }

  /// Every snooze active at `instant`, by loan, for a catch-up over all loans.
  public func activeSnoozes(at instant: Int64) throws(StoreError) -> [Snooze] {
    try read { db in
      try Row.fetchAll(
        db, sql: "\(Self.snoozeColumns) WHERE ended_at IS NULL AND until > ? ORDER BY loan",
        arguments: [instant]
      ).map(Self.snooze)
    }
  }

  /// Every snooze of `loan` or, when nil, of every loan, ended ones included, in the order they
  /// were made, for the history.
  public func snoozes(forLoan loan: String? = nil) throws(StoreError) -> [Snooze] {
    try read { db in
      try Row.fetchAll(
        db, sql: "\(Self.snoozeColumns) WHERE ?1 IS NULL OR loan = ?1 ORDER BY created_at, id",
        arguments: [loan]
      )
      .map(Self.snooze)
    }
  }

  private static func activeSnooze(_ db: Database, loan: String, at instant: Int64) throws -> Snooze? {
    try Row.fetchOne(
      db, sql: "\(snoozeColumns) WHERE loan = ? AND ended_at IS NULL AND until > ?",
      arguments: [loan, instant]
    ).map(snooze)
  }

  private static var snoozeColumns: String { "SELECT id, loan, until, created_at, ended_at FROM snoozes" }

  private static func snooze(_ row: Row) throws -> Snooze {
    let stored = StoredRow(row: row, table: "snoozes")
    return Snooze(
      id: try stored.value("id"), loan: try stored.value("loan"), until: try stored.value("until"),
      createdAt: try stored.value("created_at"), endedAt: try stored.value("ended_at"))
  }
}
