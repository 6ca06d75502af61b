import Foundation
import RepayCore
import RepayStore
import RepayTestSupport
import Testing

/// Another process holding the database's write lock: the store waits for the busy timeout and
/// then reports the file as locked, in both languages.
@Suite("a locked state database")
struct StoreLockTests {
  @Test("a write while another process holds the lock fails after the busy timeout, naming the file")
  func lockedWrite() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore(busyTimeout: .milliseconds(300))
    let holder = try LockHoldingProcess(path: temporary.databasePath)
    let clock = ContinuousClock()
    let start = clock.now
    let error = #expect(throws: StoreError.self) { try store.setInstant(.firstStart, to: 1) }
    let waited = clock.now - start
    holder.release()
    #expect(waited >= .milliseconds(300))
    #expect(error?.problem == .locked(timeoutMilliseconds: 300))
    #expect(
      error?.message(in: .english).contains("the state database \(temporary.databasePath) is locked") == true)
    #expect(
      error?.message(in: .simplifiedChinese).contains("状态数据库 \(temporary.databasePath) 被另一个进程锁定") == true)
    // Once the other process lets go, the same store works again.
    try store.setInstant(.firstStart, to: 2)
    #expect(try store.instant(.firstStart) == 2)
    try store.close()
  }

  @Test("reads go on while another process writes (WAL), and so does opening a migrated database")
  func readsWhileLocked() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let first = try temporary.openStore()
    try first.setInstant(.firstStart, to: 7)
    try first.close()
    let holder = try LockHoldingProcess(path: temporary.databasePath)
    defer { holder.release() }
    let store = try temporary.openStore(busyTimeout: .milliseconds(300))
    #expect(try store.instant(.firstStart) == 7)
    try store.close()
  }

  @Test("creating the database while another process holds the lock fails as locked")
  func lockedWhileCreating() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    try FileManager.default.createDirectory(
      atPath: temporary.stateDirectory, withIntermediateDirectories: true)
    // A database with the meta table only: repayd's migration still has to run.
    let setup = Process()
    setup.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    setup.arguments = [temporary.databasePath, "PRAGMA journal_mode = WAL; CREATE TABLE meta (key, value);"]
    setup.standardOutput = FileHandle.nullDevice
    try setup.run()
    setup.waitUntilExit()
    let holder = try LockHoldingProcess(path: temporary.databasePath)
    defer { holder.release() }
    let error = #expect(throws: StoreError.self) { try temporary.openStore(busyTimeout: .milliseconds(200)) }
    #expect(error?.problem == .locked(timeoutMilliseconds: 200))
    #expect(error?.path == temporary.databasePath)
  }
}
