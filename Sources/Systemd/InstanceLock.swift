#if canImport(Glibc)
  import Glibc
#endif

/// One repayd per user: an exclusive `flock` on `repayd.lock` in the runtime directory, held for
/// as long as the daemon runs, with the holder's pid written in the file so that a second start
/// can say who holds it.
///
/// The lock, not the file, is the guard: the kernel drops it when the holder's descriptor is
/// closed, by `release()` or by the process ending in any way (a crash, SIGKILL). The file stays,
/// and the stale pid in it is harmless. The descriptor is close-on-exec, so that a hook the
/// daemon runs never inherits the lock and keeps it past the daemon's end.
public struct InstanceLock: Sendable {
  /// The name of the lock file in its directory.
  public static let fileName = "repayd.lock"

  /// The lock file's path.
  public let path: String
  private let descriptor: Int32

  /// Takes the lock in `directory` (made with mode 0700 when missing; its parent must exist) and
  /// writes this process's pid into the lock file (made with mode 0600). Never waits: when
  /// another process holds the lock, throws `.heldByAnotherProcess` with the pid that process
  /// wrote (nil when it has not written it yet).
  public static func acquire(directory: String) throws(InstanceLockError) -> InstanceLock {
    do {
      try LibSystemd.makeDirectory(directory, mode: 0o700)
    } catch {
      // An existing directory is used as it is: it is shared (the control socket lives there
      // too), and the lock only needs to make its file in it.
      guard error.errorNumber == EEXIST else {
        throw InstanceLockError(path: directory, problem: .directoryNotCreated(error))
      }
    }
    let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
    let descriptor: Int32
    do {
      descriptor = try LibSystemd.openFile(path, flags: O_RDWR | O_CREAT | O_CLOEXEC, mode: 0o600)
    } catch {
      throw InstanceLockError(path: path, problem: .failed(error))
    }
    do {
      try LibSystemd.fileLock(descriptor, LOCK_EX | LOCK_NB)
    } catch {
      let holder = error.errorNumber == EWOULDBLOCK ? try? LibSystemd.readStart(descriptor, count: 32) : nil
      LibSystemd.closeDescriptor(descriptor)
      throw InstanceLockError(
        path: path,
        problem: error.errorNumber == EWOULDBLOCK
          ? .heldByAnotherProcess(pid: holder.flatMap(processID(in:))) : .failed(error))
    }
    do {
      try LibSystemd.replaceContents(descriptor, with: Array("\(getpid())\n".utf8))
    } catch {
      // Closing gives the lock up: a holder that cannot say who it is would leave the next
      // start unable to name it.
      LibSystemd.closeDescriptor(descriptor)
      throw InstanceLockError(path: path, problem: .failed(error))
    }
    return InstanceLock(path: path, descriptor: descriptor)
  }

  /// Where the lock of a repayd on `stateDirectory` is: in `$XDG_RUNTIME_DIR/repayd` (one
  /// daemon per user), or for the demo and where no absolute runtime directory is set, in the
  /// state directory (one per state). Whoever must know that no repayd runs on a state (repayd
  /// itself, `repayctl restore`) looks there.
  public static func directory(stateDirectory: String, environment: [String: String], demo: Bool) -> String {
    let runtime = environment["XDG_RUNTIME_DIR"].flatMap { $0.hasPrefix("/") ? $0 + "/repayd" : nil }
    return demo ? stateDirectory : runtime ?? stateDirectory
  }

  /// Unlocks and closes the lock file; call it once. The file stays.
  public func release() {
    // Unlocking first: a copy of the descriptor in a forked child would otherwise keep the lock.
    try? LibSystemd.fileLock(descriptor, LOCK_UN)
    LibSystemd.closeDescriptor(descriptor)
  }

  /// The pid in a lock file's text (`1234\n`), nil when it holds none.
  private static func processID(in bytes: [UInt8]) -> Int32? {
    Int32(String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self))
  }
}
