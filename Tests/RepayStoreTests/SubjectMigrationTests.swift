import Foundation
import GRDB
import RepayCore
import Testing

@testable import RepayStore

/// A state file of schema v3, where a delivery's subject was only an id (a loan's or a
/// reminder's in one column, `note-ID` for a note's follow-up and promise alike), opens with each
/// delivery given what it was about (`v4-subjects`), and from then on keeps apart what v3 could
/// not.
@Suite struct SubjectMigrationTests {
  /// A v3 state file with notes 1 (a follow-up on 12-08, a promise on 12-09) and 2 (a follow-up
  /// and a promise both on 12-10), and the deliveries v3 recorded for them, for loan `x`, for a
  /// `[[reminder]]` also named `x`, and for one named `note-99` (there is no note 99).
  private func v3State() throws -> TemporaryStateDirectory {
    let temporary = try TemporaryStateDirectory()
    try FileManager.default.createDirectory(
      atPath: temporary.stateDirectory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    let queue = try DatabaseQueue(path: temporary.databasePath)
    try StateSchema.migrator.migrate(queue, upTo: "v3-calendar")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO notes (id, loan, at, follow_up, text, promise_minor, promise_currency, promise_date, promise_by)
          VALUES (1, 'x', 0, '2026-12-08', 'call back', 50000, 'CNY', '2026-12-09', 'me'),
                 (2, 'x', 0, '2026-12-10', 'both', 50000, 'CNY', '2026-12-10', 'platform');
          INSERT INTO deliveries
            (loan, occurrence, stage, offset_seconds, planned_at, delivered_at, sinks, outcome)
          VALUES ('x', '2026-12-10', 'due', 0, 1, 1, '["journal"]', 'delivered'),
                 ('x', '2026-12-10', 'reminder', 32400, 2, 2, '["journal"]', 'delivered'),
                 ('note-1', '2026-12-08', 'reminder', 32400, 3, 3, '["journal"]', 'delivered'),
                 ('note-1', '2026-12-09', 'reminder', 32400, 4, 4, '["journal"]', 'delivered'),
                 ('note-2', '2026-12-10', 'reminder', 32400, 5, 5, '["journal"]', 'delivered'),
                 ('note-99', '2026-12-10', 'reminder', 32400, 6, 6, '["journal"]', 'delivered');
          """)
    }
    try queue.close()
    return temporary
  }

  private static let day = LocalDate(parsing: "2026-12-10")!

  @Test("each v3 delivery keeps its id and is given its subject: loan, reminder, follow-up or promise")
  func migrated() throws {
    let temporary = try v3State()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    defer { try? store.close() }
    let deliveries = try store.deliveries()
    #expect(deliveries.map(\.id) == [1, 2, 3, 4, 5, 6])
    #expect(
      deliveries.map(\.record.key.subject) == [
        .loan("x"), .reminder("x"), .followUp(note: 1), .promise(note: 1),
        // Both of note 2's fell on one day: v3 delivered one, its follow-up.
        .followUp(note: 2), .reminder("note-99"),
      ])
    #expect(deliveries.map(\.record.plannedAt) == [1, 2, 3, 4, 5, 6])
    #expect(try temporary.inspect { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    #expect(
      try temporary.inspect {
        try String.fetchAll(
          $0,
          sql:
            "SELECT name FROM sqlite_master WHERE tbl_name = 'deliveries' AND type = 'index' AND sql IS NOT NULL"
        )
      } == ["deliveries_by_planned_at"])
  }

  @Test(
    "after the migration, a loan and a reminder sharing an id stay apart, and a note's promise on its follow-up's day is recorded too"
  )
  func keptApart() throws {
    let temporary = try v3State()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    defer { try? store.close() }
    // The loan's history shows the loan's delivery, not the reminder named like it.
    #expect(try store.deliveries(forLoan: "x").map(\.record.key.subject) == [.loan("x")])
    #expect(try store.deliveredKeys(of: [DeliverySubject.loan("x")]).map(\.stage) == [.due])
    // Note 2's promise, the same day and second as its follow-up: a record of its own.
    let promise = DeliveryKey(
      subject: .promise(note: 2), date: Self.day, stage: .reminder, offsetSeconds: 32_400)
    #expect(try !store.isDelivered(promise))
    #expect(
      try store.record(
        DeliveryRecord(key: promise, plannedAt: 7, deliveredAt: 7, sinks: ["journal"], outcome: .delivered)))
    #expect(try store.isDelivered(promise))
    #expect(
      try store.isDelivered(
        DeliveryKey(subject: .followUp(note: 2), date: Self.day, stage: .reminder, offsetSeconds: 32_400)))
    // The same key again is not recorded twice.
    #expect(
      try !store.record(
        DeliveryRecord(key: promise, plannedAt: 8, deliveredAt: 8, sinks: ["journal"], outcome: .delivered)))
  }
}
