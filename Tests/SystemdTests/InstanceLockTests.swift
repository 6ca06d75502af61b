import Foundation
import Systemd
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `InstanceLock` against real processes, each test in a fresh directory of its own: the lock
/// keeps out a second holder in this process and in another, the refusal names the holder's pid
/// and the lock file in both languages, and the lock ends with `release()` and with the holder.
struct InstanceLockTests {
  /// A fresh, empty directory's path, and a path inside it that does not exist yet.
  private final class Scratch {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("repay-lock-\(UUID())").path
    var directory: String { root + "/run" }
    var lockFile: String { directory + "/repayd.lock" }

    init() throws {
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: false)
    }
    deinit { try? FileManager.default.removeItem(atPath: root) }
  }

  private func mode(of path: String) throws -> mode_t {
    var status = stat()
    try #require(stat(path, &status) == 0, "stat \(path): errno \(errno)")
    return status.st_mode & 0o7777
  }

  private func contents(of path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  @Test("acquiring makes the directory 0700 and the file 0600 with this pid, close-on-exec")
  func acquireFresh() throws {
    let scratch = try Scratch()
    let lock = try InstanceLock.acquire(directory: scratch.directory)
    defer { lock.release() }
    #expect(lock.path == scratch.lockFile)
    #expect(try mode(of: scratch.directory) == 0o700)
    #expect(try mode(of: scratch.lockFile) == 0o600)
    #expect(try contents(of: scratch.lockFile) == "\(getpid())\n")
    // The lock's descriptor, found by its path among this process's: the kernel's flags for it
    // (octal) include O_CLOEXEC, so that no hook the daemon runs inherits the lock.
    let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter {
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)) == scratch.lockFile
    }
    try #require(descriptors.count == 1)
    let info = try contents(of: "/proc/self/fdinfo/" + descriptors[0])
    let flags = info.split(separator: "\n").first { $0.hasPrefix("flags:") }
      .flatMap { Int($0.dropFirst("flags:".count).trimmingCharacters(in: .whitespaces), radix: 8) }
    #expect((flags ?? 0) & Int(O_CLOEXEC) != 0, "\(info)")
  }

  @Test("an existing directory is used as it is")
  func existingDirectory() throws {
    let scratch = try Scratch()
    try #require(mkdir(scratch.directory, 0o755) == 0)
    let lock = try InstanceLock.acquire(directory: scratch.directory + "/")
    defer { lock.release() }
    #expect(lock.path == scratch.lockFile)
    #expect(try mode(of: scratch.directory) == 0o755)
  }

  @Test("a second acquire while the lock is held is refused; after release() it succeeds")
  func releaseThenAcquire() throws {
    let scratch = try Scratch()
    let first = try InstanceLock.acquire(directory: scratch.directory)
    // flock locks belong to open files, not processes: a second open in the same process is
    // refused like another process would be.
    #expect(
      throws: InstanceLockError(path: scratch.lockFile, problem: .heldByAnotherProcess(pid: getpid()))
    ) { try InstanceLock.acquire(directory: scratch.directory) }
    first.release()
    let second = try InstanceLock.acquire(directory: scratch.directory)
    second.release()
  }

  @Test("a lock held by a child names the child's pid and the file; after the child is killed it is free")
  func heldByChild() throws {
    let scratch = try Scratch()
    let child = try RunningProbe(["lock=\(scratch.directory)", "hold"])
    defer { child.stop() }
    try #require(child.firstLine == "locked \(child.processID)")
    #expect(
      throws: InstanceLockError(path: scratch.lockFile, problem: .heldByAnotherProcess(pid: child.processID))
    ) { try InstanceLock.acquire(directory: scratch.directory) }
    child.stop()
    let lock = try InstanceLock.acquire(directory: scratch.directory)
    defer { lock.release() }
    #expect(try contents(of: scratch.lockFile) == "\(getpid())\n", "the child's pid replaced by ours")
  }

  @Test("a child that ends without releasing leaves the lock free, and its stale pid harmless")
  func releasedByExit() throws {
    let scratch = try Scratch()
    let outcome = try SystemdProbe.run(["lock=\(scratch.directory)"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(try contents(of: scratch.lockFile) == outcome.standardOutput.dropFirst("locked ".count))
    let lock = try InstanceLock.acquire(directory: scratch.directory)
    lock.release()
  }

  @Test("a second repayd is refused naming the first's pid and the lock file")
  func childRefused() throws {
    let scratch = try Scratch()
    let lock = try InstanceLock.acquire(directory: scratch.directory)
    defer { lock.release() }
    let outcome = try SystemdProbe.run(["lock=\(scratch.directory)"])
    #expect(outcome.status == 1)
    #expect(
      outcome.standardError
        == "repayd is already running for this user: process \(getpid()) holds the lock \(scratch.lockFile);"
        + " stop it (systemctl --user stop repayd, or Ctrl-C where repayd --demo runs) before starting another\n"
    )
  }

  @Test("the refusal in both languages, also when the holder has not written its pid yet")
  func messages() {
    let path = "/run/user/1000/repayd/repayd.lock"
    let known = InstanceLockError(path: path, problem: .heldByAnotherProcess(pid: 4242))
    #expect(
      known.english
        == "repayd is already running for this user: process 4242 holds the lock \(path);"
        + " stop it (systemctl --user stop repayd, or Ctrl-C where repayd --demo runs) before starting another"
    )
    #expect(
      known.simplifiedChinese
        == "此用户的 repayd 已在运行：进程 4242 持有锁文件 \(path)；请先停止它（systemctl --user stop repayd，或在运行 repayd --demo 的终端按 Ctrl-C）再启动新的实例"
    )
    #expect(known.description == known.english)
    let unknown = InstanceLockError(path: path, problem: .heldByAnotherProcess(pid: nil))
    #expect(
      unknown.english.hasPrefix("repayd is already running for this user: another process holds the lock"))
    #expect(unknown.simplifiedChinese.hasPrefix("此用户的 repayd 已在运行：另一个进程持有锁文件"))
  }

  @Test("a directory that cannot be made is an error naming it and the call")
  func directoryNotCreated() throws {
    let scratch = try Scratch()
    let directory = scratch.root + "/missing/run"
    let expected = InstanceLockError(
      path: directory, problem: .directoryNotCreated(SystemdCallError(call: "mkdir", errorNumber: ENOENT)))
    #expect(throws: expected) { try InstanceLock.acquire(directory: directory) }
    #expect(
      expected.english
        == "cannot create the directory \(directory) for repayd's lock: mkdir: No such file or directory (errno 2)"
    )
    #expect(
      expected.simplifiedChinese
        == "无法创建 repayd 锁文件所在的目录 \(directory)：mkdir: No such file or directory (errno 2)")
  }
}
