import Foundation
import RepayCore
import RepayStore
import Testing

/// The online backup: a consistent copy while the store is open.
@Suite("backup")
struct BackupTests {
  @Test("the copy is 0600 and opens as a state database with the same rows; the store goes on")
  func backupWhileOpen() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    let payment = try store.recordPayment(
      loan: "huabei", occurrence: LocalDate(year: 2026, month: 12, day: 10)!,
      amount: Money(minorUnits: 125_000, currency: Currency(code: "CNY")!),
      paidOn: LocalDate(year: 2026, month: 12, day: 9)!, note: "paid early", recordedAt: 42)
    let delivery = DeliveryRecord(
      key: DeliveryKey(subject: .loan("huabei"), date: payment.occurrence, stage: .due, offsetSeconds: 0),
      plannedAt: 7, deliveredAt: 8, sinks: ["journal"], outcome: .delivered)
    try store.record(delivery)
    try store.setInstant(.firstStart, to: 8)
    let copyDirectory = temporary.root + "/copy"
    try FileManager.default.createDirectory(atPath: copyDirectory, withIntermediateDirectories: false)
    let copyPath = StateLocation.databasePath(inDirectory: copyDirectory)
    try store.backup(to: copyPath)
    // Written after the backup: not in the copy.
    try store.record(
      DeliveryRecord(
        key: DeliveryKey(
          subject: .loan("huabei"), date: payment.occurrence, stage: .overdue, offsetSeconds: 86_400),
        plannedAt: 9, deliveredAt: 10, sinks: ["journal"], outcome: .delivered))
    try store.close()
    #expect(temporary.permissions(of: copyPath) == 0o600)
    // The copy is a state database in its own right: the store opens it where it would look.
    let copy = try StateStore(directory: copyDirectory)
    #expect(try copy.payments(forLoan: "huabei") == [payment])
    #expect(try copy.deliveries(forLoan: "huabei").map(\.record) == [delivery])
    #expect(try copy.instant(.firstStart) == 8)
    try copy.close()
  }

  @Test("a backup onto the database file itself is refused, also under another name")
  func backupOntoItself() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    try store.setInstant(.firstStart, to: 5)
    let otherName = temporary.stateDirectory + "/../repayd/state.sqlite"
    let error = #expect(throws: StoreError.self) { try store.backup(to: otherName) }
    #expect(error?.problem == .backupOntoItself)
    #expect(error?.message(in: .english).contains(otherName) == true)
    #expect(try store.instant(.firstStart) == 5)
    try store.close()
  }
}
