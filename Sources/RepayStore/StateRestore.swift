import GRDB
import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// Puts a `repayctl backup` file back as the state database of a directory.
///
/// The backup is first copied into the directory through SQLite's backup API (so that a file
/// written while it was read, or a WAL beside it, cannot tear the copy) and checked there:
/// SQLite's integrity check must say `ok`, it must hold repayd's schema, and no migration a
/// newer repayd made. Only then is the current database, with its write-ahead log folded in, kept
/// under another name beside it and the copy renamed into its place, where it is migrated to this
/// version's schema. A refusal leaves the current database as it was. The caller makes sure that
/// no repayd uses the directory meanwhile (`repayctl restore` holds repayd's instance locks).
public enum StateRestore {
  /// Restores `backup` into `directory`'s `state.sqlite`; the database there before (if any) is
  /// kept as `kept`, a path in the same directory. Returns whether one was kept.
  public static func restore(_ backup: String, into directory: String, keepingCurrentAs kept: String)
    throws(StateRestoreError) -> Bool
  {
    let database = StateLocation.databasePath(inDirectory: directory)
    let incoming = database + ".restoring"
    removeDatabaseFiles(incoming)
    defer { removeDatabaseFiles(incoming) }
    try copy(backup, to: incoming)
    try check(incoming, backup: backup)
    var keptCurrent = false
    if access(database, F_OK) == 0 {
      // Opening and closing the current database folds its write-ahead log into the file (a
      // repayd killed with SIGKILL leaves one), so that the kept file holds everything.
      do throws(StoreError) {
        try StateStore(directory: directory).close()
      } catch {
        throw .state(error)
      }
      guard rename(database, kept) == 0 else { throw .notKept(path: kept, errorNumber: errno) }
      removeDatabaseFiles(database)
      keptCurrent = true
    }
    guard rename(incoming, database) == 0 else {
      let failure = errno
      // The state before goes back to its place, so that a start does not find none.
      if keptCurrent { _ = rename(kept, database) }
      throw .notPutInPlace(path: database, errorNumber: failure)
    }
    do throws(StoreError) {
      // Migrated to this version's schema and set to WAL, as repayd opens it.
      try StateStore(directory: directory).close()
    } catch {
      throw .state(error)
    }
    return keptCurrent
  }

  /// Copies the database `backup` to `destination` (a new file, mode 0600) with SQLite's backup
  /// API, reading `backup` without writing to it.
  private static func copy(_ backup: String, to destination: String) throws(StateRestoreError) {
    guard access(backup, R_OK) == 0 else { throw .backupUnreadable(path: backup, errorNumber: errno) }
    do throws(StoreError) {
      try StateFileCreation.makeOwnerOnlyFile(destination)
    } catch {
      throw .state(error)
    }
    do {
      var configuration = Configuration()
      configuration.readonly = true
      let source = try DatabaseQueue(path: backup, configuration: configuration)
      let copy = try DatabaseQueue(path: destination)
      try source.backup(to: copy)
      try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
      try copy.close()
      try source.close()
    } catch {
      throw refusal(error, backup: backup)
    }
  }

  /// Refuses the copy `path` of `backup` unless SQLite finds it intact and it holds repayd's
  /// schema, by migrations this version knows.
  private static func check(_ path: String, backup: String) throws(StateRestoreError) {
    let (problems, applied): ([String], Set<String>)
    do {
      let queue = try DatabaseQueue(path: path)
      (problems, applied) = try queue.read { db in
        let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        let migrations = try db.tableExists("grdb_migrations")
        return (problems, migrations ? try StateSchema.migrator.appliedIdentifiers(db) : [])
      }
      try queue.close()
    } catch {
      throw refusal(error, backup: backup)
    }
    guard problems == ["ok"] else { throw .damaged(path: backup, firstProblem: problems.first ?? "") }
    let known = Set(StateSchema.migrator.migrations)
    guard let first = StateSchema.migrator.migrations.first, applied.contains(first) else {
      throw .notRepaydState(path: backup)
    }
    let unknown = applied.subtracting(known).sorted()
    guard unknown.isEmpty else { throw .newerSchema(path: backup, unknownMigrations: unknown) }
  }

  /// What SQLite's `error` while reading the copy of `backup` says about the backup.
  private static func refusal(_ error: any Error, backup: String) -> StateRestoreError {
    switch (error as? DatabaseError)?.resultCode {
    case .SQLITE_NOTADB?: return .notADatabase(path: backup)
    case .SQLITE_CORRUPT?:
      return .damaged(path: backup, firstProblem: (error as? DatabaseError)?.message ?? "")
    default: return .state(StateStore.storeError(error, path: backup, busyTimeout: .seconds(5)))
    }
  }

  /// Removes `path` and its SQLite companions (`-wal`, `-shm`, `-journal`), where they exist.
  private static func removeDatabaseFiles(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
  }
}
