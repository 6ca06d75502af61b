import RepayCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the state database could not be used, with the file (or directory) concerned. The
/// daemon shows `message(in:)` to the person and stops or retries; no SQLite or GRDB error ever
/// leaves `RepayStore` unwrapped.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file or directory the problem is about, as the store was given it.
  public var path: String
  /// What went wrong.
  public var problem: StoreProblem

  /// An error about `path`.
  public init(path: String, problem: StoreProblem) {
    self.path = path
    self.problem = problem
  }

  /// The message in `language`: it names the file and says what to do.
  public func message(in language: Language) -> String {
    problem.message(path: path, in: language)
  }

  /// The English message, for logs.
  public var description: String { message(in: .english) }
}

/// Everything that can keep repayd from using its state database, in English and Chinese side by
/// side, so that a case cannot be added in one language only.
public enum StoreProblem: Hashable, Sendable {
  /// The state directory (or one of its parents) could not be created; the `errno` value.
  case directoryNotCreated(errorNumber: Int32)
  /// The database file could not be created or opened; the `errno` value of `open`.
  case fileNotOpened(errorNumber: Int32)
  /// Another process held a lock on the database for longer than the busy timeout.
  case locked(timeoutMilliseconds: Int64)
  /// The file is not an SQLite database, or it is damaged.
  case notADatabase
  /// The database was written by a newer repayd, whose changes of the schema this one does not
  /// know; the unknown migration identifiers.
  case newerSchema(unknownMigrations: [String])
  /// A stored value that this version cannot read (a hand-edited row); table, column and value.
  case unreadableValue(table: String, column: String, value: String)
  /// A backup was asked for onto the database file itself.
  case backupOntoItself
  /// The disk or file system is full.
  case diskFull
  /// The database cannot be written: a read-only file, directory or file system.
  case readOnly
  /// The file was deleted, or another put in its place, since the store opened it.
  case replaced
  /// Any other failure SQLite reported: its result code and message.
  case failed(code: Int32, message: String)

  /// The message about `path` in `language`.
  func message(path: String, in language: Language) -> String {
    let en = language == .english
    switch self {
    case .directoryNotCreated(let errorNumber):
      let reason = String(cString: strerror(errorNumber))
      return en
        ? "cannot create the state directory \(path): \(reason); create it (mode 0700) or pass --state-dir DIR"
        : "无法创建状态目录 \(path)：\(reason)；请手动创建（权限 0700）或用 --state-dir DIR 指定目录"
    case .fileNotOpened(let errorNumber):
      let reason = String(cString: strerror(errorNumber))
      return en
        ? "cannot open the state database \(path): \(reason); check that you own the file and its directory"
        : "无法打开状态数据库 \(path)：\(reason)；请确认该文件及其目录属于你"
    case .locked(let timeout):
      return en
        ? "the state database \(path) is locked by another process (still locked after \(timeout) ms);"
          + " is another repayd running? Stop it (systemctl --user stop repayd) and try again"
        : "状态数据库 \(path) 被另一个进程锁定（等待 \(timeout) 毫秒后仍未释放）；"
          + "是否有另一个 repayd 在运行？请先停止它（systemctl --user stop repayd）再重试"
    case .notADatabase:
      return en
        ? "\(path) is not a readable state database (it is damaged, or another kind of file);"
          + " move it aside and start again with empty state, or put a backup in its place"
        : "\(path) 不是可读的状态数据库（文件已损坏，或不是数据库文件）；"
          + "请把它移到别处后以空状态重新启动，或用备份替换它"
    case .newerSchema(let unknown):
      let list = unknown.joined(separator: ", ")
      return en
        ? "the state database \(path) was written by a newer repayd (changes \(list)); install that version again"
        : "状态数据库 \(path) 由更新版本的 repayd 写入（变更 \(list)）；请重新安装该版本"
    case .unreadableValue(let table, let column, let value):
      return en
        ? "the state database \(path) holds a value this repayd cannot read: '\(value)' in \(table).\(column);"
          + " correct or delete that row, or restore a backup"
        : "状态数据库 \(path) 中有无法读取的值：\(table).\(column) 中的 '\(value)'；请修正或删除该行，或恢复备份"
    case .backupOntoItself:
      return en
        ? "cannot back up the state database onto itself (\(path)); choose another file"
        : "不能把状态数据库备份到它自身（\(path)）；请另选一个文件"
    case .diskFull:
      return en
        ? "cannot write the state database \(path): the disk is full; free some space"
        : "无法写入状态数据库 \(path)：磁盘已满；请释放一些空间"
    case .readOnly:
      return en
        ? "cannot write the state database \(path): it is read-only; check the permissions of the file, its directory and the file system"
        : "无法写入状态数据库 \(path)：它是只读的；请检查文件、目录和文件系统的权限"
    case .replaced:
      return en
        ? "the state database \(path) was removed or replaced while repayd ran, so nothing more is written to it;"
          + " restart repayd (systemctl --user restart repayd) to use the file now at that path"
        : "状态数据库 \(path) 在 repayd 运行期间被删除或替换，因此不再写入；"
          + "请重启 repayd（systemctl --user restart repayd）以使用该路径上现在的文件"
    case .failed(let code, let message):
      return en
        ? "the state database \(path) failed (SQLite error \(code): \(message))"
        : "状态数据库 \(path) 操作失败（SQLite 错误 \(code)：\(message)）"
    }
  }
}
