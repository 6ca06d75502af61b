import GRDB
import RepayCore

extension StateStore {
  /// Records a payment of `amount` towards `loan`'s occurrence due on `occurrence`, paid on
  /// `paidOn`, recorded at `recordedAt` (microseconds since 1970 UTC). Returns it with its new id.
  public func recordPayment(
    loan: String, occurrence: LocalDate, amount: Money, paidOn: LocalDate, note: String?, recordedAt: Int64
  ) throws(StoreError) -> Payment {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO payments (loan, occurrence, amount_minor, currency, paid_on, note, recorded_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          loan, occurrence.description, amount.minorUnits, amount.currency.code, paidOn.description, note,
          recordedAt,
        ])
      return Payment(
        id: db.lastInsertedRowID, loan: loan, occurrence: occurrence, amount: amount, paidOn: paidOn,
        note: note,
        recordedAt: recordedAt)
    }
  }

  /// Deletes the payment with id `id` (`repayctl unpay`) and returns it; nil when there is no
  /// such payment. Ids are never reused, so a second call with the same id finds nothing.
  public func deletePayment(id: Int64) throws(StoreError) -> Payment? {
    try write { db in
      let payment = try Row.fetchOne(db, sql: "\(Self.paymentColumns) WHERE id = ?", arguments: [id])
        .map(Self.payment)
      if payment != nil { try db.execute(sql: "DELETE FROM payments WHERE id = ?", arguments: [id]) }
      return payment
    }
  }

  /// The payments of `loan` or, when nil, of every loan, by loan, occurrence and then in the
  /// order they were recorded.
  public func payments(forLoan loan: String? = nil) throws(StoreError) -> [Payment] {
    try read { db in
      try Row.fetchAll(
        db, sql: "\(Self.paymentColumns) WHERE ?1 IS NULL OR loan = ?1 ORDER BY loan, occurrence, id",
        arguments: [loan]
      ).map(Self.payment)
    }
  }

  /// How much has been paid towards each occurrence that has payments, of `loan` or, when nil,
  /// of every loan; one sum per currency, ordered by loan, occurrence and currency. Summed by
  /// SQLite in integers: a sum too large for 64 bits fails rather than wraps.
  public func paidPerOccurrence(loan: String? = nil) throws(StoreError) -> [OccurrencePaid] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT loan, occurrence, currency, SUM(amount_minor) AS amount_minor FROM payments
          WHERE ?1 IS NULL OR loan = ?1
          GROUP BY loan, occurrence, currency ORDER BY loan, occurrence, currency
          """,
        arguments: [loan]
      ).map { row in
        let stored = StoredRow(row: row, table: "payments")
        return OccurrencePaid(
          loan: try stored.value("loan"), occurrence: try stored.date("occurrence"),
          paid: try stored.money(minorUnitsColumn: "amount_minor", currencyColumn: "currency"))
      }
    }
  }

  private static var paymentColumns: String {
    "SELECT id, loan, occurrence, amount_minor, currency, paid_on, note, recorded_at FROM payments"
  }

  private static func payment(_ row: Row) throws -> Payment {
    let stored = StoredRow(row: row, table: "payments")
    return Payment(
      id: try stored.value("id"), loan: try stored.value("loan"), occurrence: try stored.date("occurrence"),
      amount: try stored.money(minorUnitsColumn: "amount_minor", currencyColumn: "currency"),
      paidOn: try stored.date("paid_on"), note: try stored.value("note"),
      recordedAt: try stored.value("recorded_at"))
  }
}
