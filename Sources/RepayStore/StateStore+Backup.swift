import GRDB

extension StateStore {
  /// Copies the database, as one consistent snapshot, to the file at `destination` while the
  /// store stays open and usable (SQLite's online backup; `repayctl backup FILE`). The file is
  /// created with mode 0600, as it holds the same data; an existing one is replaced whole, or
  /// left as it was when the copy fails. The copy is put in rollback-journal mode, so that it is
  /// one self-contained file. Errors name `destination`; the database file itself (under any
  /// name) is refused as a destination.
  public func backup(to destination: String) throws(StoreError) {
    try StateFileCreation.makeOwnerOnlyFile(destination)
    guard !StateFileCreation.isSameFile(destination, path) else {
      throw StoreError(path: destination, problem: .backupOntoItself)
    }
    do {
      let copy = try DatabaseQueue(path: destination)
      try queue.backup(to: copy)
      try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
      try copy.close()
    } catch {
      throw Self.storeError(error, path: destination, busyTimeout: busyTimeout)
    }
  }
}
