/// Why `InstanceLock.acquire` could not take the lock, with the file (or directory) concerned,
/// and a message in English and in Simplified Chinese.
public struct InstanceLockError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Problem: Hashable, Sendable {
    /// Another process holds the lock: another repayd of the same user. Its pid as it wrote it
    /// into the lock file; nil when the file holds none (it took the lock an instant ago).
    case heldByAnotherProcess(pid: Int32?)
    /// The lock's directory does not exist and could not be made.
    case directoryNotCreated(SystemdCallError)
    /// The lock file could not be opened, locked or written.
    case failed(SystemdCallError)
  }

  /// The lock file, or for `directoryNotCreated` its directory.
  public var path: String
  /// What went wrong.
  public var problem: Problem

  /// An error about `path`.
  public init(path: String, problem: Problem) {
    self.path = path
    self.problem = problem
  }

  /// The message in English: what happened, to which file, and what to do.
  public var english: String { message(english: true) }

  /// The same message in Simplified Chinese.
  public var simplifiedChinese: String { message(english: false) }

  /// Both languages side by side in one `switch`, so that a case cannot be added in one only.
  private func message(english en: Bool) -> String {
    switch problem {
    case .heldByAnotherProcess(let pid):
      // In Chinese, a space beside the digits only, as Chinese text sets Latin characters apart.
      let holder = pid.map { en ? "process \($0)" : "进程 \($0) " } ?? (en ? "another process" : "另一个进程")
      return en
        ? "repayd is already running for this user: \(holder) holds the lock \(path);"
          + " stop it (systemctl --user stop repayd, or Ctrl-C where repayd --demo runs) before starting another"
        : "此用户的 repayd 已在运行：\(holder)持有锁文件 \(path)；请先停止它（systemctl --user stop repayd，或在运行 repayd --demo 的终端按 Ctrl-C）再启动新的实例"
    case .directoryNotCreated(let error):
      return en
        ? "cannot create the directory \(path) for repayd's lock: \(error)"
        : "无法创建 repayd 锁文件所在的目录 \(path)：\(error)"
    case .failed(let error):
      return en ? "cannot take repayd's lock \(path): \(error)" : "无法获取 repayd 的锁 \(path)：\(error)"
    }
  }

  /// The English message, for logs.
  public var description: String { english }
}
