import Foundation
import GRDB
import RepayCore
import RepayStore
import Testing

/// A state file that the released repayd wrote (schema v1, `Fixtures/state-v1.sqlite`: the demo
/// household after two payments, a third one deleted, a note, a snooze and four deliveries)
/// opens after the migrations with every record intact, and takes the new records.
@Suite struct StateMigrationTests {
  /// The fixture, copied into a fresh state directory.
  private func copiedFixture() throws -> TemporaryStateDirectory {
    let temporary = try TemporaryStateDirectory()
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/state-v1.sqlite")
    try FileManager.default.createDirectory(
      atPath: temporary.stateDirectory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    try FileManager.default.copyItem(atPath: fixture.path, toPath: temporary.databasePath)
    return temporary
  }

  @Test("a v1 file keeps its payments, notes, snoozes, deliveries and instants after migrating")
  func keepsEverything() throws {
    let temporary = try copiedFixture()
    defer { temporary.remove() }
    #expect(
      try temporary.inspect { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == [
        "v1"
      ])
    let store = try temporary.openStore()
    let yuan = Currency(code: "CNY")!
    let payments = try store.payments()
    #expect(
      payments.map { [$0.loan, $0.occurrence.description, $0.amount.decimalText, $0.paidOn.description] } == [
        ["huabei", "2026-12-07", "100.00", "2026-12-07"],
        ["jd-baitiao", "2026-12-19", "450.00", "2026-12-07"],
      ])
    #expect(payments.map(\.id) == [1, 2] && payments.first?.note == "part one")
    #expect(
      try store.paidPerOccurrence().map(\.paid) == [
        Money(minorUnits: 10_000, currency: yuan), Money(minorUnits: 45_000, currency: yuan),
      ])
    let notes = try store.notes()
    #expect(notes.count == 1)
    #expect(notes.first?.text == "called 95188, they will call back")
    #expect(notes.first?.channel == .phone && notes.first?.reference == "A-42")
    #expect(notes.first?.followUp == LocalDate(parsing: "2027-01-05"))
    #expect(notes.first?.promise == nil && notes.first?.corrects == nil && notes.first?.attachments == [])
    #expect(payments.allSatisfy { $0.withdrawnAt == nil && $0.partOf == nil })
    #expect(try store.snoozes().map(\.loan) == ["cmb-card"])
    let deliveries = try store.deliveries()
    #expect(
      deliveries.map { "\($0.record.key.subject.id) \($0.record.key.stage)" } == [
        "huabei advance", "huabei due", "jd-baitiao settled", "huabei overdue",
      ])
    #expect(try store.instant(.firstStart) == 1_796_623_744_801_249)
    #expect(try store.instant(.handledThrough) == 1_796_623_779_002_447)
    #expect(try store.agreements().isEmpty)
    // A payment id is never reused: the third one (deleted in v1) stays taken.
    let next = try store.recordPayment(
      loan: "huabei", occurrence: LocalDate(parsing: "2026-12-07")!,
      amount: Money(minorUnits: 1, currency: yuan),
      paidOn: LocalDate(parsing: "2026-12-07")!, note: nil, recordedAt: 1_796_700_000_000_000)
    #expect(next.id == 4)
    let agreement = try store.addAgreement(
      LoanAgreement(
        id: 0, loan: "huabei", kind: .extension, createdAt: 1_796_700_000_000_000, note: "to January",
        total: Money(minorUnits: 115_000, currency: yuan), supersedes: [LocalDate(parsing: "2026-12-07")!],
        occurrences: [
          AgreedInstalment(
            due: LocalDate(parsing: "2027-01-07")!, amount: Money(minorUnits: 115_000, currency: yuan))
        ]))
    #expect(try store.agreements() == [agreement])
    // v3: the calendar's sequences, remembered from the first export on.
    #expect(try store.calendarSequences(of: [("huabei-2026-12-07@repayd", "a")]) == [0])
    try store.close()
    #expect(try temporary.inspect { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    #expect(
      try temporary.inspect { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == [
        "v1", "v2-agreements", "v2-log", "v3-plans", "v3-calendar", "v4-subjects",
      ])
    #expect(
      try temporary.inspect {
        try Bool.fetchOne($0, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'agreements_v1'")
      } == false)
  }
}
