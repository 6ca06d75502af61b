import GRDB
import RepayCore

extension StateStore {
  /// Adds a note to `loan`'s communication log, written at `at` (microseconds since 1970 UTC).
  /// Returns it with its new id.
  public func addNote(
    loan: String, at: Int64, channel: ContactChannel?, reference: String?, followUp: LocalDate?, text: String
  ) throws(StoreError) -> Note {
    try write { db in
      try db.execute(
        sql: "INSERT INTO notes (loan, at, channel, ref, follow_up, text) VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [loan, at, channel?.rawValue, reference, followUp?.description, text])
      return Note(
        id: db.lastInsertedRowID, loan: loan, at: at, channel: channel, reference: reference,
        followUp: followUp,
        text: text)
    }
  }

  /// The notes of `loan` or, when nil, of every loan, oldest first.
  public func notes(forLoan loan: String? = nil) throws(StoreError) -> [Note] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, loan, at, channel, ref, follow_up, text FROM notes
          WHERE ?1 IS NULL OR loan = ?1 ORDER BY at, id
          """,
        arguments: [loan]
      ).map { row in
        let stored = StoredRow(row: row, table: "notes")
        return Note(
          id: try stored.value("id"), loan: try stored.value("loan"), at: try stored.value("at"),
          channel: try stored.channel("channel"), reference: try stored.value("ref"),
          followUp: try stored.optionalDate("follow_up"), text: try stored.value("text"))
      }
    }
  }
}
