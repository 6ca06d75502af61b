import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Process {
  /// Starts the process with no signal blocked, so that `stop()`'s SIGTERM reaches it and it
  /// can end cleanly (remove its socket, its lock file). A child inherits the signal mask of the
  /// thread that spawns it, and the threads that run tests (libdispatch's) block most signals,
  /// SIGTERM included; so the spawn happens on a thread of its own with an empty mask.
  public func runWithSignalsUnblocked() throws {
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
    var none = sigset_t()
    sigemptyset(&none)
    pthread_sigmask(SIG_SETMASK, &none, nil)
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
