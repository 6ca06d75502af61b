import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// Why `StateRestore.restore` refused or failed, with what to do, in English and in Simplified
/// Chinese. A refusal of the backup leaves the current state as it was.
public enum StateRestoreError: Error, Hashable, Sendable {
  /// The backup file cannot be read (`errno`).
  case backupUnreadable(path: String, errorNumber: Int32)
  /// The backup is not an SQLite database.
  case notADatabase(path: String)
  /// SQLite's integrity check found a problem; the first it named.
  case damaged(path: String, firstProblem: String)
  /// An SQLite database, but not repayd's state.
  case notRepaydState(path: String)
  /// Written by a newer repayd, whose migrations this one does not know.
  case newerSchema(path: String, unknownMigrations: [String])
  /// The current database could not be moved aside to `path`.
  case notKept(path: String, errorNumber: Int32)
  /// The checked copy could not be renamed into place at `path` (the state before was put back).
  case notPutInPlace(path: String, errorNumber: Int32)
  /// The state database itself failed.
  case state(StoreError)

  /// The message in `language`: what happened, to which file, and what to do.
  public func message(in language: Language) -> String {
    let en = language == .english
    switch self {
    case .backupUnreadable(let path, let errorNumber):
      let reason = String(cString: strerror(errorNumber))
      return en ? "cannot read the backup \(path): \(reason)" : "无法读取备份 \(path)：\(reason)"
    case .notADatabase(let path):
      return en
        ? "\(path) is not a backup of repayd's state (not an SQLite database); nothing was changed"
        : "\(path) 不是 repayd 状态的备份（不是 SQLite 数据库）；未做任何更改"
    case .damaged(let path, let problem):
      return en
        ? "the backup \(path) is damaged (SQLite's integrity check: \(problem)); nothing was changed;"
          + " restore another backup"
        : "备份 \(path) 已损坏（SQLite 完整性检查：\(problem)）；未做任何更改；请恢复另一个备份"
    case .notRepaydState(let path):
      return en
        ? "\(path) is an SQLite database but not a backup of repayd's state; nothing was changed"
        : "\(path) 是 SQLite 数据库，但不是 repayd 状态的备份；未做任何更改"
    case .newerSchema(let path, let unknown):
      let list = unknown.joined(separator: ", ")
      return en
        ? "the backup \(path) was written by a newer repayd (changes \(list)); nothing was changed;"
          + " restore it with that version"
        : "备份 \(path) 由更新版本的 repayd 写入（变更 \(list)）；未做任何更改；请用该版本恢复"
    case .notKept(let path, let errorNumber):
      let reason = String(cString: strerror(errorNumber))
      return en
        ? "cannot keep the current state database as \(path): \(reason); nothing was changed"
        : "无法把当前状态数据库保留为 \(path)：\(reason)；未做任何更改"
    case .notPutInPlace(let path, let errorNumber):
      let reason = String(cString: strerror(errorNumber))
      return en
        ? "cannot put the backup in place at \(path): \(reason); the state before stays in place"
        : "无法把备份放到 \(path)：\(reason)；原来的状态仍在原处"
    case .state(let error):
      return error.message(in: language)
    }
  }
}
