import GRDB
import RepayCore

extension StateStore {
  /// Records `agreement` (its id is ignored) and returns it with its new id. Agreement ids are
  /// never reused. All of it is written in one transaction, or nothing.
  public func addAgreement(_ agreement: LoanAgreement) throws(StoreError) -> LoanAgreement {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO agreements (loan, kind, created_at, note, ref, counterpart, total_minor, currency)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          agreement.loan, agreement.kind.rawValue, agreement.createdAt, agreement.note, agreement.reference,
          agreement.counterpart, agreement.total.minorUnits, agreement.total.currency.code,
        ])
      var recorded = agreement
      recorded.id = db.lastInsertedRowID
      recorded.cancelledAt = nil
      recorded.cancelNote = nil
      for date in agreement.supersedes {
        try db.execute(
          sql: "INSERT INTO agreement_supersedes (agreement, due) VALUES (?, ?)",
          arguments: [recorded.id, date.description])
      }
      for (position, instalment) in agreement.occurrences.enumerated() {
        try db.execute(
          sql:
            "INSERT INTO agreement_occurrences (agreement, position, due, amount_minor) VALUES (?, ?, ?, ?)",
          arguments: [recorded.id, position + 1, instalment.due.description, instalment.amount.minorUnits])
      }
      return recorded
    }
  }

  /// Cancels the agreement `id` at `at` (microseconds since 1970 UTC) with `note`, and returns it
  /// as it now stands; nil when there is no such agreement. One already cancelled keeps its
  /// first cancellation and is returned as it is.
  public func cancelAgreement(id: Int64, at: Int64, note: String) throws(StoreError) -> LoanAgreement? {
    try write { db in
      try db.execute(
        sql: "UPDATE agreements SET cancelled_at = ?, cancel_note = ? WHERE id = ? AND cancelled_at IS NULL",
        arguments: [at, note, id])
      return try Self.agreements(db, where: "a.id = ?", [id]).first
    }
  }

  /// The agreement with `id`; nil when there is none.
  public func agreement(id: Int64) throws(StoreError) -> LoanAgreement? {
    try read { db in try Self.agreements(db, where: "a.id = ?", [id]).first }
  }

  /// The agreements of `loan` or, when nil, of every loan, by creation, then id; the cancelled
  /// ones too.
  public func agreements(forLoan loan: String? = nil) throws(StoreError) -> [LoanAgreement] {
    try read { db in try Self.agreements(db, where: "?1 IS NULL OR a.loan = ?1", [loan]) }
  }

  /// The agreements that `condition` (over the alias `a`) selects, with their dates.
  private static func agreements(_ db: Database, where condition: String, _ arguments: StatementArguments)
    throws -> [LoanAgreement]
  {
    var agreements = try Row.fetchAll(
      db,
      sql: """
        SELECT id, loan, kind, created_at, note, ref, counterpart, total_minor, currency, cancelled_at,
          cancel_note
        FROM agreements a WHERE \(condition) ORDER BY created_at, id
        """,
      arguments: arguments
    ).map { row in
      let stored = StoredRow(row: row, table: "agreements")
      let kindText: String = try stored.value("kind")
      guard let kind = LoanAgreement.Kind(rawValue: kindText) else {
        throw UnreadableValue(table: "agreements", column: "kind", value: kindText)
      }
      return LoanAgreement(
        id: try stored.value("id"), loan: try stored.value("loan"), kind: kind,
        createdAt: try stored.value("created_at"), note: try stored.value("note"),
        reference: try stored.value("ref"), counterpart: try stored.value("counterpart"),
        total: try stored.money(minorUnitsColumn: "total_minor", currencyColumn: "currency"), supersedes: [],
        occurrences: [], cancelledAt: try stored.value("cancelled_at"),
        cancelNote: try stored.value("cancel_note"))
    }
    guard !agreements.isEmpty else { return [] }
    let positions = Dictionary(uniqueKeysWithValues: agreements.enumerated().map { ($1.id, $0) })
    let ids = agreements.map(\.id)
    let placeholders = databaseQuestionMarks(count: ids.count)
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT agreement, due FROM agreement_supersedes WHERE agreement IN (\(placeholders)) ORDER BY due",
      arguments: StatementArguments(ids))
    {
      let stored = StoredRow(row: row, table: "agreement_supersedes")
      let id: Int64 = try stored.value("agreement")
      if let position = positions[id] { agreements[position].supersedes.append(try stored.date("due")) }
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT agreement, due, amount_minor FROM agreement_occurrences WHERE agreement IN (\(placeholders))
        ORDER BY agreement, position
        """,
      arguments: StatementArguments(ids))
    {
      let stored = StoredRow(row: row, table: "agreement_occurrences")
      let id: Int64 = try stored.value("agreement")
      guard let position = positions[id] else { continue }
      let currency = agreements[position].total.currency
      agreements[position].occurrences.append(
        AgreedInstalment(
          due: try stored.date("due"),
          amount: Money(minorUnits: try stored.value("amount_minor"), currency: currency)))
    }
    return agreements
  }
}
