import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real systemd-journald for the tests that send to the journal and read it back.
///
/// `withJournald` runs its body while a journald listens at `/run/systemd/journal/socket`. When
/// one already does (the machine's own, or another test process's), it is used and nothing is
/// stopped. When none does, `/lib/systemd/systemd-journald` is started (it runs standalone as
/// root, as tests run in CI), and stopped by its pid when the last user in this process is done;
/// if `/run/systemd/journal` did not exist before, it is removed again, so the machine is left
/// as it was found.
///
/// Test processes of several worktrees may run at once on one machine, so two lock files in
/// `/run/repayd-tests/` keep them apart: `journald.start.lock` (exclusive) while a process
/// checks for, starts or stops a journald, and `journald.users.lock` (shared) while it uses one.
/// The process that started journald stops it only once it holds the users lock exclusively, that
/// is once no other process uses it, or after `handOverTimeout`. flock locks vanish with their
/// process, so a crashed test run blocks nobody; the journald it started, though, stays running
/// and later runs use it.
public enum JournaldFixture {
  /// The journald binary of Debian's systemd package.
  public static let executable = "/lib/systemd/systemd-journald"
  /// Where journald listens for the native protocol (and where `sd_journal_sendv` sends).
  public static let socketPath = "/run/systemd/journal/socket"
  /// How long a started journald may take until its socket accepts connections.
  public static let startTimeout: Duration = .seconds(15)
  /// How long the starter waits for other processes still using its journald before stopping it.
  public static let handOverTimeout: Duration = .seconds(300)

  /// Runs `body` with a journald running, and a reader for what reaches it.
  public static func withJournald<Result>(_ body: (JournalReader) throws -> Result) throws -> Result {
    try state.acquire()
    defer { state.release() }
    return try body(JournalReader())
  }

  /// Runs `body` with a journald running, and a reader for what reaches it.
  public static func withJournald<Result>(
    isolation: isolated (any Actor)? = #isolation, _ body: (JournalReader) async throws -> Result
  ) async throws -> Result {
    try state.acquire()
    defer { state.release() }
    return try await body(JournalReader())
  }

  private static let state = SharedJournald()
}

/// A journald that could not be started.
public struct JournaldFixtureError: Error, CustomStringConvertible {
  /// What went wrong, with journald's own output when it printed any.
  public var description: String
}

/// The process-wide part of `JournaldFixture`: how many users, and the journald it started.
private final class SharedJournald: @unchecked Sendable {
  private let lock = NSLock()
  private var users = 0
  private var usersLock: Int32 = -1
  private var started: (process: Process, removeDirectory: Bool, log: String)?

  private static let lockDirectory = "/run/repayd-tests"
  private static let journalDirectory = "/run/systemd/journal"

  func acquire() throws {
    lock.lock()
    defer { lock.unlock() }
    if users == 0 {
      let startLock = try Self.lockFile("journald.start.lock", LOCK_EX)
      defer { close(startLock) }  // releases the flock too
      if !UnixSocketAddress.acceptsDatagrams(at: JournaldFixture.socketPath) { try start() }
      usersLock = try Self.lockFile("journald.users.lock", LOCK_SH)
    }
    users += 1
  }

  func release() {
    lock.lock()
    defer { lock.unlock() }
    users -= 1
    guard users == 0 else { return }
    defer {
      close(usersLock)
      usersLock = -1
    }
    guard let started else { return }
    self.started = nil
    // No other process may start or find a journald while this one goes away.
    let startLock = try? Self.lockFile("journald.start.lock", LOCK_EX)
    defer { if let startLock { close(startLock) } }
    _ = flock(usersLock, LOCK_UN)
    let deadline = ContinuousClock.now + JournaldFixture.handOverTimeout
    while flock(usersLock, LOCK_EX | LOCK_NB) != 0 && ContinuousClock.now < deadline {
      Thread.sleep(forTimeInterval: 0.1)
    }
    started.process.stop()
    if started.removeDirectory { try? FileManager.default.removeItem(atPath: Self.journalDirectory) }
    try? FileManager.default.removeItem(atPath: started.log)
  }

  private func start() throws {
    let removeDirectory = !FileManager.default.fileExists(atPath: Self.journalDirectory)
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("repay-journald-\(getpid()).log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let output = try FileHandle(forWritingTo: log)
    defer { try? output.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: JournaldFixture.executable)
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = output
    do { try process.runWithSignalsUnblocked() } catch {
      throw JournaldFixtureError(description: "cannot run \(JournaldFixture.executable): \(error)")
    }
    let deadline = ContinuousClock.now + JournaldFixture.startTimeout
    while !UnixSocketAddress.acceptsDatagrams(at: JournaldFixture.socketPath) {
      if !process.isRunning || ContinuousClock.now >= deadline {
        process.stop()
        let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw JournaldFixtureError(
          description: "\(JournaldFixture.executable) (pid \(process.processIdentifier)) "
            + (process.isRunning ? "did not open \(JournaldFixture.socketPath) in time" : "exited")
            + (printed.isEmpty ? "" : ":\n\(printed)") + " (it must run as root)")
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    started = (process, removeDirectory, log.path)
  }

  private static func lockFile(_ name: String, _ operation: Int32) throws -> Int32 {
    mkdir(lockDirectory, 0o755)
    let path = lockDirectory + "/" + name
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw JournaldFixtureError(description: "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    while flock(descriptor, operation) != 0 {
      guard errno == EINTR else {
        let error = JournaldFixtureError(
          description: "cannot lock \(path): \(String(cString: strerror(errno)))")
        close(descriptor)
        throw error
      }
    }
    return descriptor
  }
}
