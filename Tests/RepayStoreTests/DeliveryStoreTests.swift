import GRDB
import RepayCore
import RepayStore
import Testing

/// Deliveries: at-least-once recording de-duplicated on (loan, occurrence, stage, offset), and
/// the look-ups a catch-up makes.
@Suite("deliveries")
struct DeliveryStoreTests {
  private static let occurrence = LocalDate(year: 2026, month: 12, day: 10)!

  private static func delivery(
    _ loan: String, _ stage: Stage, offset: Int64, plannedAt: Int64, outcome: DeliveryResult = .delivered
  ) -> DeliveryRecord {
    DeliveryRecord(
      key: DeliveryKey(subject: .loan(loan), date: occurrence, stage: stage, offsetSeconds: offset),
      plannedAt: plannedAt, deliveredAt: plannedAt + 1_500,
      sinks: ["journal", "desktop", "hook, \"logger\""],
      outcome: outcome)
  }

  @Test("recording twice, across a close and a reopen, keeps one row: the first")
  func dedupeAcrossReopen() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let first = Self.delivery("huabei", .advance, offset: 604_800, plannedAt: 1_000)
    let store = try temporary.openStore()
    #expect(try store.record(first))
    try store.close()
    let reopened = try temporary.openStore()
    var again = first
    again.deliveredAt = 9_999
    again.outcome = .partly(failures: "desktop: no session bus")
    #expect(try reopened.record(again) == false)
    #expect(try reopened.isDelivered(first.key))
    #expect(try reopened.deliveries(forLoan: "huabei").map(\.record) == [first])
    try reopened.close()
    #expect(try temporary.inspect { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM deliveries") } == 1)
  }

  @Test("each offset of a stage is its own key; a batch reports how many it added")
  func offsetsAreDistinct() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let batch = [
      Self.delivery("huabei", .advance, offset: 604_800, plannedAt: 1_000),
      Self.delivery("huabei", .advance, offset: 259_200, plannedAt: 2_000),
      Self.delivery("huabei", .due, offset: 0, plannedAt: 3_000),
      Self.delivery("huabei", .advance, offset: 604_800, plannedAt: 1_000),
    ]
    #expect(try store.record(contentsOf: batch) == 3)
    #expect(try store.record(contentsOf: batch) == 0)
    let missing = DeliveryKey(
      subject: .loan("huabei"), date: Self.occurrence, stage: .advance, offsetSeconds: 86_400)
    #expect(try store.isDelivered(missing) == false)
    try store.close()
  }

  @Test("each delivery of a batch keeps the sinks it reached, however its neighbours' differ")
  func sinksPerDelivery() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let reached = [
      ["journal", "desktop"], ["journal", "desktop"], ["journal"], [], ["hook, \"logger\""], ["journal"],
    ]
    let batch = reached.enumerated().map { index, sinks in
      var delivery = Self.delivery("loan-\(index)", .due, offset: 0, plannedAt: Int64(index))
      delivery.sinks = sinks
      return delivery
    }
    #expect(try store.deliveryCount() == 0)
    #expect(try store.record(contentsOf: batch) == reached.count)
    #expect(try store.deliveries().map(\.record.sinks) == reached)
    #expect(try store.deliveryCount() == reached.count)
    try store.close()
  }

  @Test("delivered keys of thousands of loans, and since an instant, in one call each")
  func catchUpLookups() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let loans = (0..<3_000).map { "loan-\($0)" }
    let batch = loans.enumerated().flatMap { index, loan in
      [
        Self.delivery(loan, .due, offset: 0, plannedAt: Int64(index) * 10),
        Self.delivery(loan, .overdue, offset: 86_400, plannedAt: Int64(index) * 10 + 5),
      ]
    }
    #expect(try store.record(contentsOf: batch) == 6_000)
    let some = Array(loans[1_000..<2_200]) + ["unknown-loan"]
    let keys = try store.deliveredKeys(of: some.map(DeliverySubject.loan))
    #expect(keys.count == 2_400)
    #expect(Set(keys.map(\.subject)) == Set(loans[1_000..<2_200].map(DeliverySubject.loan)))
    let recent = try store.deliveredKeys(plannedFrom: 29_990)
    #expect(
      recent == [
        DeliveryKey(subject: .loan("loan-2999"), date: Self.occurrence, stage: .due, offsetSeconds: 0),
        DeliveryKey(
          subject: .loan("loan-2999"), date: Self.occurrence, stage: .overdue, offsetSeconds: 86_400),
      ])
    try store.close()
  }

  @Test("the first start is nil at first, then what was set last")
  func firstStart() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    #expect(try store.instant(.firstStart) == nil)
    try store.setInstant(.firstStart, to: 1_767_225_600_000_000)
    try store.setInstant(.firstStart, to: 1_767_225_700_000_000)
    #expect(try store.instant(.firstStart) == 1_767_225_700_000_000)
    try store.close()
  }

  @Test(
    "an outcome is kept as the text it stands for; a text the store does not write is reported, not guessed")
  func outcomes() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let partly = Self.delivery(
      "huabei", .due, offset: 0, plannedAt: 1_000, outcome: .partly(failures: "desktop: no bus; hooks: gone"))
    #expect(try store.record(partly))
    #expect(
      try temporary.inspect { try String.fetchOne($0, sql: "SELECT outcome FROM deliveries") }
        == "partly: desktop: no bus; hooks: gone")
    #expect(try store.deliveries(forLoan: "huabei").map(\.record.outcome) == [partly.outcome])
    try store.close()
    let queue = try DatabaseQueue(path: temporary.databasePath)
    try queue.write { try $0.execute(sql: "UPDATE deliveries SET outcome = 'sent, probably'") }
    try queue.close()
    let reopened = try temporary.openStore()
    defer { try? reopened.close() }
    #expect {
      _ = try reopened.deliveries()
    } throws: { error in
      (error as? StoreError)?.problem
        == .unreadableValue(table: "deliveries", column: "outcome", value: "sent, probably")
    }
  }
}
