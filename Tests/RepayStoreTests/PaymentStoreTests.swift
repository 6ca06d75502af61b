import GRDB
import RepayCore
import RepayStore
import Testing

/// Payments: exact money, delete by id, sums per occurrence.
@Suite("payments")
struct PaymentStoreTests {
  private static let december = LocalDate(year: 2026, month: 12, day: 10)!
  private static let january = LocalDate(year: 2027, month: 1, day: 10)!
  private static let february = LocalDate(year: 2027, month: 2, day: 10)!

  @Test("money round-trips exactly as INTEGER minor units, whatever the currency's digits")
  func moneyRoundTrips() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let amounts = [
      Money(minorUnits: 125_001, currency: Currency(code: "CNY")!),
      Money(minorUnits: 1, currency: Currency(code: "CNY")!),
      Money(minorUnits: -320, currency: Currency(code: "USD")!),
      Money(minorUnits: 300, currency: Currency(code: "JPY")!),
      Money(minorUnits: 1_234_567, currency: Currency(code: "KWD")!),
      // Past 2^53, where a double could no longer hold every integer.
      Money(minorUnits: 9_007_199_254_740_993, currency: Currency(code: "CNY")!),
      Money(minorUnits: Int64.max, currency: Currency(code: "CNY")!),
    ]
    let store = try temporary.openStore()
    for amount in amounts {
      _ = try store.recordPayment(
        loan: "huabei", occurrence: Self.december, amount: amount, paidOn: Self.december, note: nil,
        recordedAt: 1)
    }
    try store.close()
    let reopened = try temporary.openStore()
    #expect(try reopened.payments(forLoan: "huabei").map(\.amount) == amounts)
    try reopened.close()
    let types = try temporary.inspect {
      try String.fetchAll($0, sql: "SELECT DISTINCT typeof(amount_minor) FROM payments")
    }
    #expect(types == ["integer"])
  }

  @Test("a float where minor units belong is refused by the table itself")
  func noFloats() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    try temporary.openStore().close()
    let queue = try DatabaseQueue(path: temporary.databasePath)
    defer { try? queue.close() }
    #expect(throws: DatabaseError.self) {
      try queue.write {
        try $0.execute(
          sql: """
            INSERT INTO payments (loan, occurrence, amount_minor, currency, paid_on, recorded_at)
            VALUES ('huabei', '2026-12-10', 1250.5, 'CNY', '2026-12-10', 1)
            """)
      }
    }
  }

  @Test(
    "a withdrawal keeps the payment with when and why, takes its carried parts along, counts for nothing; a second one and an unknown id are refused"
  )
  func withdrawal() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let cny = Currency(code: "CNY")!
    let amount = Money(minorUnits: 125_000, currency: cny)
    let first = try store.recordPayment(
      loan: "huabei", occurrence: Self.december, amount: amount, paidOn: Self.december, note: "支付宝还款",
      recordedAt: 10)
    let (second, carried) = try store.recordPayment(
      loan: "huabei", occurrence: Self.january, amount: amount, paidOn: Self.january, note: nil,
      recordedAt: 20, carried: [(Self.february, Money(minorUnits: 5_000, currency: cny))])
    #expect(carried.map(\.partOf) == [second.id])
    guard
      case .withdrawn(let withdrawn) = try store.withdrawPayment(
        id: second.id, at: 30, note: "bank reversed it")
    else {
      Issue.record("the payment was not withdrawn")
      return
    }
    #expect(withdrawn.withdrawnAt == 30)
    #expect(withdrawn.withdrawnNote == "bank reversed it")
    #expect(try store.withdrawPayment(id: second.id, at: 40, note: nil) == .alreadyWithdrawn(withdrawn))
    #expect(try store.withdrawPayment(id: 4_711, at: 40, note: nil) == .notFound)
    let all = try store.payments(forLoan: "huabei")
    #expect(all.map(\.id) == [first.id, second.id, carried[0].id])
    #expect(all.filter { $0.withdrawnAt != nil }.map(\.id).sorted() == [second.id, carried[0].id])
    #expect(try store.paidPerOccurrence(loan: "huabei").map(\.occurrence) == [Self.december])
    let third = try store.recordPayment(
      loan: "huabei", occurrence: Self.january, amount: amount, paidOn: Self.january, note: nil,
      recordedAt: 30)
    #expect(third.id > carried[0].id)
    try store.close()
  }

  @Test("sums per loan and occurrence, one per currency, for one loan or all")
  func sums() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let cny = Currency(code: "CNY")!
    for (loan, occurrence, minorUnits) in [
      ("huabei", Self.december, Int64(50_000)), ("huabei", Self.december, 75_001),
      ("huabei", Self.january, 10),
      ("jd", Self.december, 99),
    ] {
      _ = try store.recordPayment(
        loan: loan, occurrence: occurrence, amount: Money(minorUnits: minorUnits, currency: cny),
        paidOn: Self.december, note: nil, recordedAt: 1)
    }
    #expect(
      try store.paidPerOccurrence(loan: "huabei") == [
        OccurrencePaid(
          loan: "huabei", occurrence: Self.december, paid: Money(minorUnits: 125_001, currency: cny)),
        OccurrencePaid(loan: "huabei", occurrence: Self.january, paid: Money(minorUnits: 10, currency: cny)),
      ])
    #expect(try store.paidPerOccurrence().map(\.loan) == ["huabei", "huabei", "jd"])
    try store.close()
  }
}
