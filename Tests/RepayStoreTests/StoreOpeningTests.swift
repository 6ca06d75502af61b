import Foundation
import GRDB
import RepayCore
import RepayStore
import Testing

/// Opening the state database: where it lives, its permissions, WAL, migrations.
@Suite("opening the state database")
struct StoreOpeningTests {
  @Test("the directory and its missing parents are 0700, the file 0600, the journal WAL")
  func permissionsAndJournalMode() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    try store.setInstant(.firstStart, to: 1)
    #expect(temporary.permissions(of: temporary.stateDirectory) == 0o700)
    #expect(temporary.permissions(of: temporary.root + "/state") == 0o700)
    #expect(temporary.permissions(of: temporary.databasePath) == 0o600)
    // SQLite gives the WAL the database file's mode.
    #expect(temporary.permissions(of: temporary.databasePath + "-wal") == 0o600)
    #expect(try temporary.inspect { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    try store.close()
  }

  @Test("an existing file loses group and other permissions; an existing directory keeps its mode")
  func existingFileTightened() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    try FileManager.default.createDirectory(
      atPath: temporary.stateDirectory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o750])
    #expect(FileManager.default.createFile(atPath: temporary.databasePath, contents: nil))
    #expect(chmod(temporary.databasePath, 0o644) == 0)
    try temporary.openStore().close()
    #expect(temporary.permissions(of: temporary.databasePath) == 0o600)
    #expect(temporary.permissions(of: temporary.stateDirectory) == 0o750)
  }

  @Test("reopening keeps the data and runs no migration again")
  func reopen() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let first = try temporary.openStore()
    try first.setInstant(.firstStart, to: 1_767_225_600_000_000)
    try first.close()
    let second = try temporary.openStore()
    #expect(try second.instant(.firstStart) == 1_767_225_600_000_000)
    try second.close()
    #expect(
      try temporary.inspect { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == [
        "v1", "v2-agreements", "v2-log", "v3-plans", "v3-calendar", "v4-subjects",
      ])
    let tables = try temporary.inspect {
      try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }
    #expect(
      tables == [
        "agreement_occurrences", "agreement_supersedes", "agreements", "attachments", "calendar_events",
        "deliveries",
        "grdb_migrations", "meta", "notes", "payments", "plan_payments", "plans", "snoozes",
        "sqlite_sequence",
      ])
  }

  @Test("the default directory: XDG_STATE_HOME, else HOME/.local/state; a relative one is ignored")
  func defaultDirectory() {
    #expect(
      StateLocation.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/repayd")
    #expect(
      StateLocation.defaultDirectory(environment: ["HOME": "/home/li"]) == "/home/li/.local/state/repayd")
    #expect(
      StateLocation.defaultDirectory(environment: ["XDG_STATE_HOME": "state", "HOME": "/h/"])
        == "/h/.local/state/repayd")
    #expect(StateLocation.defaultDirectory(environment: ["XDG_STATE_HOME": ""]) == nil)
    #expect(StateLocation.databasePath(inDirectory: "/s/repayd") == "/s/repayd/state.sqlite")
  }

  @Test("a file of garbage bytes is not a database: the error names the file in both languages")
  func garbageFile() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    try FileManager.default.createDirectory(
      atPath: temporary.stateDirectory, withIntermediateDirectories: true)
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
    #expect(FileManager.default.createFile(atPath: temporary.databasePath, contents: garbage))
    let error = #expect(throws: StoreError.self) { try temporary.openStore() }
    #expect(error?.problem == .notADatabase)
    #expect(error?.path == temporary.databasePath)
    #expect(error?.message(in: .english).contains(temporary.databasePath) == true)
    #expect(error?.message(in: .english).contains("is not a readable state database") == true)
    #expect(error?.message(in: .simplifiedChinese).contains(temporary.databasePath) == true)
    #expect(error?.message(in: .simplifiedChinese).contains("不是可读的状态数据库") == true)
  }

  @Test("a database migrated by a newer repayd is refused, naming its unknown migrations")
  func newerSchema() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    try temporary.openStore().close()
    let queue = try DatabaseQueue(path: temporary.databasePath)
    try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2')") }
    try queue.close()
    let error = #expect(throws: StoreError.self) { try temporary.openStore() }
    #expect(error?.problem == .newerSchema(unknownMigrations: ["v2"]))
    #expect(error?.message(in: .english).contains(temporary.databasePath) == true)
  }

  @Test("a state directory that cannot be made is named in the error")
  func directoryNotCreated() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let file = temporary.root + "/plain-file"
    #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
    let directory = file + "/repayd"
    let error = #expect(throws: StoreError.self) { try StateStore(directory: directory) }
    #expect(error?.path == directory)
    #expect(error?.problem == .directoryNotCreated(errorNumber: ENOTDIR))
    #expect(error?.message(in: .english).hasPrefix("cannot create the state directory \(directory):") == true)
    #expect(error?.message(in: .simplifiedChinese).hasPrefix("无法创建状态目录 \(directory)：") == true)
  }
}
