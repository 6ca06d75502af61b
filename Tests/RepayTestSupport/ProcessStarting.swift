import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Held while a child starts: see `Process.runAlone()`.
private let spawnLock = NSLock()

extension Process {
  /// Starts the process, one start at a time in this test process. Foundation's `Process` learns
  /// of a child's end through a socket whose other end the child holds; that end is open in this
  /// process until the start returns, without close-on-exec, so a child started by another test's
  /// thread in that moment inherits it, and the first child is never reaped while the second
  /// lives (its `waitUntilExit` hangs beside a zombie). Every test starts its children this way.
  public func runAlone() throws {
    spawnLock.lock()
    defer { spawnLock.unlock() }
    try run()
  }

  /// Starts the process with the signals that stop or reload a daemon unblocked, so that
  /// `stop()`'s SIGTERM reaches it and it can end cleanly (remove its socket, its lock file). A
  /// child inherits the signal mask of the thread that spawns it, and the threads that run tests
  /// (libdispatch's) block most signals, SIGTERM included; so the spawn happens on a thread of
  /// its own with those unblocked. SIGCHLD stays blocked there: libdispatch reads it through a
  /// signalfd for Foundation's `Process`, and a thread that took it instead would lose the end
  /// of another test's child, whose `waitUntilExit` would then never return.
  public func runWithSignalsUnblocked() throws {
    spawnLock.lock()
    defer { spawnLock.unlock() }
    let spawn = UnblockedSpawn(self)
    let thread = Thread { spawn.run() }
    thread.start()
    try spawn.waitForResult().get()
  }
}

/// One spawn handed to a thread with no signal blocked, and its result handed back.
private final class UnblockedSpawn: @unchecked Sendable {
  // Used by the spawning thread only until it signals the condition; read by the waiting one
  // only after.
  private let process: Process
  private let condition = NSCondition()
  private var result: Result<Void, any Error>?

  init(_ process: Process) {
    self.process = process
  }

  func run() {
    var mask = sigset_t()
    pthread_sigmask(SIG_BLOCK, nil, &mask)
    for signal in [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2] { sigdelset(&mask, signal) }
    pthread_sigmask(SIG_SETMASK, &mask, nil)
    let outcome = Result { try process.run() }
    condition.lock()
    result = outcome
    condition.signal()
    condition.unlock()
  }

  func waitForResult() -> Result<Void, any Error> {
    condition.lock()
    defer { condition.unlock() }
    while result == nil { condition.wait() }
    return result!
  }
}
