import GRDB

extension StateStore {
  /// Records an agreement with `loan`'s platform, made at `createdAt` (microseconds since 1970
  /// UTC). Returns it with its new id.
  public func addAgreement(loan: String, kind: String, details: String, createdAt: Int64) throws(StoreError)
    -> Agreement
  {
    try write { db in
      try db.execute(
        sql: "INSERT INTO agreements (loan, kind, details, created_at) VALUES (?, ?, ?, ?)",
        arguments: [loan, kind, details, createdAt])
      return Agreement(
        id: db.lastInsertedRowID, loan: loan, kind: kind, details: details, createdAt: createdAt)
    }
  }

  /// The agreements of `loan` or, when nil, of every loan, oldest first.
  public func agreements(forLoan loan: String? = nil) throws(StoreError) -> [Agreement] {
    try read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT id, loan, kind, details, created_at FROM agreements WHERE ?1 IS NULL OR loan = ?1 ORDER BY created_at, id",
        arguments: [loan]
      ).map { row in
        let stored = StoredRow(row: row, table: "agreements")
        return Agreement(
          id: try stored.value("id"), loan: try stored.value("loan"), kind: try stored.value("kind"),
          details: try stored.value("details"), createdAt: try stored.value("created_at"))
      }
    }
  }
}
