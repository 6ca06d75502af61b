import GRDB
import RepayCore

extension StateStore {
  /// Records a payment of `amount` towards `loan`'s occurrence due on `occurrence`, paid on
  /// `paidOn`, recorded at `recordedAt` (microseconds since 1970 UTC). Returns it with its new id.
  public func recordPayment(
    loan: String, occurrence: LocalDate, amount: Money, paidOn: LocalDate, note: String?, recordedAt: Int64
  ) throws(StoreError) -> Payment {
    try recordPayment(
      loan: loan, occurrence: occurrence, amount: amount, paidOn: paidOn, note: note, recordedAt: recordedAt,
      carried: []
    ).payment
  }

  /// Records a payment as `recordPayment` does, and the parts of it that `carried` takes to
  /// later occurrences (each its own row, `partOf` the payment), in one transaction. Returns the
  /// payment and the parts, with their new ids.
  public func recordPayment(
    loan: String, occurrence: LocalDate, amount: Money, paidOn: LocalDate, note: String?, recordedAt: Int64,
    carried: [(occurrence: LocalDate, amount: Money)]
  ) throws(StoreError) -> (payment: Payment, carried: [Payment]) {
    try write { db in
      var recorded: [Payment] = []
      for (occurrence, amount) in [(occurrence, amount)] + carried {
        let partOf = recorded.first?.id
        try db.execute(
          sql: """
            INSERT INTO payments (loan, occurrence, amount_minor, currency, paid_on, note, recorded_at, part_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            loan, occurrence.description, amount.minorUnits, amount.currency.code, paidOn.description, note,
            recordedAt, partOf,
          ])
        recorded.append(
          Payment(
            id: db.lastInsertedRowID, loan: loan, occurrence: occurrence, amount: amount, paidOn: paidOn,
            note: note, recordedAt: recordedAt, partOf: partOf))
      }
      return (recorded[0], Array(recorded.dropFirst()))
    }
  }

  /// Withdraws the payment with id `id` (`repayctl unpay`) at `at` (microseconds since 1970 UTC)
  /// for the reason `note`, with every part it carried to later occurrences: they stay, for the
  /// history, and count for nothing from then on. A payment withdrawn before stays as it was.
  public func withdrawPayment(id: Int64, at: Int64, note: String?) throws(StoreError) -> PaymentWithdrawal {
    try write { db in
      guard let payment = try Self.payment(db, id: id) else { return .notFound }
      guard payment.withdrawnAt == nil else { return .alreadyWithdrawn(payment) }
      try db.execute(
        sql: """
          UPDATE payments SET withdrawn_at = ?, withdrawn_note = ?
          WHERE (id = ?3 OR part_of = ?3) AND withdrawn_at IS NULL
          """,
        arguments: [at, note, id])
      return try Self.payment(db, id: id).map(PaymentWithdrawal.withdrawn) ?? .notFound
    }
  }

  /// The payments of `loan` or, when nil, of every loan, withdrawn ones included, by loan,
  /// occurrence and then in the order they were recorded.
  public func payments(forLoan loan: String? = nil) throws(StoreError) -> [Payment] {
    try read { db in
      try Row.fetchAll(
        db, sql: "\(Self.paymentColumns) WHERE ?1 IS NULL OR loan = ?1 ORDER BY loan, occurrence, id",
        arguments: [loan]
      ).map(Self.payment)
    }
  }

  /// How much has been paid towards each occurrence that has payments, of `loan` or, when nil,
  /// of every loan; one sum per currency, ordered by loan, occurrence and currency; withdrawn
  /// payments count for nothing. Summed by
  /// SQLite in integers: a sum too large for 64 bits fails rather than wraps.
  public func paidPerOccurrence(loan: String? = nil) throws(StoreError) -> [OccurrencePaid] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT loan, occurrence, currency, SUM(amount_minor) AS amount_minor FROM payments
          WHERE (?1 IS NULL OR loan = ?1) AND withdrawn_at IS NULL
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
    """
    SELECT id, loan, occurrence, amount_minor, currency, paid_on, note, recorded_at, withdrawn_at,
      withdrawn_note, part_of FROM payments
    """
  }

  private static func payment(_ db: Database, id: Int64) throws -> Payment? {
    try Row.fetchOne(db, sql: "\(paymentColumns) WHERE id = ?", arguments: [id]).map(payment)
  }

  private static func payment(_ row: Row) throws -> Payment {
    let stored = StoredRow(row: row, table: "payments")
    return Payment(
      id: try stored.value("id"), loan: try stored.value("loan"), occurrence: try stored.date("occurrence"),
      amount: try stored.money(minorUnitsColumn: "amount_minor", currencyColumn: "currency"),
      paidOn: try stored.date("paid_on"), note: try stored.value("note"),
      recordedAt: try stored.value("recorded_at"), withdrawnAt: try stored.value("withdrawn_at"),
      withdrawnNote: try stored.value("withdrawn_note"), partOf: try stored.value("part_of"))
  }
}
