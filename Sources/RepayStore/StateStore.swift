import GRDB
import RepayCore

/// repayd's state database: deliveries (for de-duplication and catch-up), the instant of the
/// first start, payments, snoozes, notes and agreements, in one SQLite file.
///
/// One connection, through a `DatabaseQueue`, which takes one access at a time from any thread:
/// the daemon's state owner, which alone writes, and the control socket's tasks, which answer
/// the calls that only read beside it. Every method is synchronous and short, so a pool of readers would add
/// threads and buy little. Every method throws only `StoreError`. Nothing here reads the clock: every
/// instant is a parameter, in microseconds since 1970 UTC.
public final class StateStore: Sendable {
  /// The database file.
  public let path: String
  /// The state directory the file is in (the attachments are kept beside it).
  public let directory: String
  /// How long an access waits for another process's lock before it fails with `.locked`.
  public let busyTimeout: Duration
  /// The one connection. Accesses go through `read` and `write`, which make errors `StoreError`s.
  let queue: DatabaseQueue
  /// The file opened: a write is refused once another file, or none, is at `path`.
  private let identity: StateFileIdentity?

  /// Opens (creating when needed) `directory/state.sqlite`: the directory and its missing
  /// parents are created with mode 0700 (an existing directory is left as it is); the file is
  /// created with mode 0600, and an existing one loses any group or other permission. The
  /// database is put in WAL mode and migrated to this version's schema.
  ///
  /// Fails with `.notADatabase` for a damaged or foreign file, `.locked` when another process
  /// holds the database locked for longer than `busyTimeout`, and `.newerSchema` when a newer
  /// repayd has migrated it further than this one knows.
  public init(directory: String, busyTimeout: Duration = .seconds(5)) throws(StoreError) {
    let path = StateLocation.databasePath(inDirectory: directory)
    self.path = path
    self.directory = directory
    self.busyTimeout = busyTimeout
    try StateFileCreation.makeDirectory(directory)
    try StateFileCreation.makeOwnerOnlyFile(path)
    identity = StateFileIdentity(path: path)
    var configuration = Configuration()
    configuration.label = "repayd state"
    configuration.busyMode = .timeout(Self.seconds(busyTimeout))
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
      try queue.writeWithoutTransaction(Self.useWriteAheadLog)
    } catch {
      throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
    }
    let (unknownMigrations, isMigrated) = try read { db in
      let migrator = StateSchema.migrator
      return (
        try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted(),
        try migrator.hasCompletedMigrations(db)
      )
    }
    guard unknownMigrations.isEmpty else {
      throw StoreError(path: path, problem: .newerSchema(unknownMigrations: unknownMigrations))
    }
    // Only a database that needs a migration is written to while opening, so that a migrated one
    // opens even while another process holds the write lock (WAL lets reads go on).
    guard !isMigrated else { return }
    do {
      try StateSchema.migrator.migrate(queue)
    } catch {
      throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
    }
  }

  /// Puts the database in WAL mode (readers and the writer do not block each other; the mode is
  /// kept in the file, so once set this takes no lock) with `synchronous = FULL`: a payment the
  /// person recorded survives a power cut too, at the cost of one fsync per transaction, which a
  /// few writes a day and catch-ups in one transaction can afford. GRDB's own WAL set-up is not
  /// used: it writes to the file at every start and so could not open while another process
  /// holds the lock.
  private static func useWriteAheadLog(_ db: Database) throws {
    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    guard mode == "wal" else {
      throw DatabaseError(message: "SQLite kept the journal mode \(mode ?? "unknown") instead of WAL")
    }
    try db.execute(sql: "PRAGMA synchronous = FULL")
  }

  /// Closes the connection; SQLite then folds the WAL into the database file. The store must
  /// not be used afterwards.
  public func close() throws(StoreError) {
    do {
      try queue.close()
    } catch {
      throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
    }
  }

  /// Runs `body` in a read transaction, with every error made a `StoreError`.
  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try queue.read(body)
    } catch {
      throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
    }
  }

  /// Runs `body` in a write transaction (committed when it returns, rolled back when it throws),
  /// with every error made a `StoreError`; fails with `.replaced`, writing nothing, when the file
  /// at `path` is no longer the one opened, since what it wrote would be lost.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    guard StateFileIdentity(path: path) == identity else { throw StoreError(path: path, problem: .replaced) }
    do {
      return try queue.write(body)
    } catch {
      throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
    }
  }

  /// The error the store reports for `error`, which SQLite, GRDB or a row decoder threw.
  static func storeError(_ error: any Error, path: String, busyTimeout: Duration) -> StoreError {
    switch error {
    case let error as StoreError:
      return error
    case let error as UnreadableValue:
      return StoreError(
        path: path, problem: .unreadableValue(table: error.table, column: error.column, value: error.value))
    case let error as DatabaseError:
      switch error.resultCode {
      case .SQLITE_BUSY, .SQLITE_LOCKED:
        let (seconds, attoseconds) = busyTimeout.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return StoreError(path: path, problem: .locked(timeoutMilliseconds: milliseconds))
      case .SQLITE_NOTADB, .SQLITE_CORRUPT:
        return StoreError(path: path, problem: .notADatabase)
      case .SQLITE_FULL:
        return StoreError(path: path, problem: .diskFull)
      case .SQLITE_READONLY:
        return StoreError(path: path, problem: .readOnly)
      default:
        return StoreError(
          path: path, problem: .failed(code: error.extendedResultCode.rawValue, message: error.message ?? ""))
      }
    default:
      // GRDB's row decoding errors: a column of an unexpected type, which the STRICT tables
      // prevent unless the file was altered by hand.
      return StoreError(
        path: path, problem: .failed(code: ResultCode.SQLITE_MISMATCH.rawValue, message: "\(error)"))
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
