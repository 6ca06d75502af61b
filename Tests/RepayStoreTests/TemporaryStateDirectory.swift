import Foundation
import GRDB
import RepayStore

/// A fresh temporary directory for one test's state database, removed by `remove()`.
struct TemporaryStateDirectory {
  /// The temporary directory itself (the test decides what goes in it).
  let root: String

  /// Makes a new empty directory under the system's temporary directory.
  init() throws {
    let temporary = NSTemporaryDirectory()
    let separator = temporary.hasSuffix("/") ? "" : "/"
    var template = Array((temporary + separator + "repay-store-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    root = String(cString: made)
  }

  /// The state directory the tests open the store in: not yet existing, so that the store
  /// creates it.
  var stateDirectory: String { root + "/state/repayd" }

  /// The database file the store uses in `stateDirectory`.
  var databasePath: String { stateDirectory + "/state.sqlite" }

  /// Opens the store in `stateDirectory`.
  func openStore(busyTimeout: Duration = .seconds(5)) throws -> StateStore {
    try StateStore(directory: stateDirectory, busyTimeout: busyTimeout)
  }

  /// Runs `body` on a connection of its own to the database file, independent of the store's,
  /// to read back what the store wrote.
  func inspect<T>(_ body: (Database) throws -> T) throws -> T {
    let queue = try DatabaseQueue(path: databasePath)
    defer { try? queue.close() }
    return try queue.read(body)
  }

  /// The permission bits of the file or directory at `path`.
  func permissions(of path: String) -> mode_t {
    var status = stat()
    return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
  }

  /// Deletes the directory and everything in it.
  func remove() {
    try? FileManager.default.removeItem(atPath: root)
  }
}
