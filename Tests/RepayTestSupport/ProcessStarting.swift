import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Process {
  /// Starts the process with no signal blocked, so that `stop()`'s SIGTERM reaches it and it
  /// can end cleanly (remove its socket, its lock file). A child inherits the signal mask of the
  /// thread that spawns it, and the threads that run tests (libdispatch's) block most signals,
  /// SIGTERM included; so the spawn happens on the one thread of `UnblockedSpawner`, whose mask
  /// is empty.
  public func runWithSignalsUnblocked() throws {
    try UnblockedSpawner.shared.run(self)
  }
}

/// One thread with no signal blocked that starts processes, one at a time, for the whole test
/// run. It lives as long as the tests do: Foundation's `Process.run()` adds a source to the run
/// loop of the thread it is called on and keeps that run loop, so a thread made for one spawn
/// and ended after it left the process pointing at a run loop that was gone (the tests once
/// crashed in `Process.run()` under load that way).
private final class UnblockedSpawner: @unchecked Sendable {
  static let shared = UnblockedSpawner()

  // Guarded by `condition`.
  private let condition = NSCondition()
  private var pending: [Spawn] = []

  /// A process to start, and the outcome once it was.
  private final class Spawn: @unchecked Sendable {
    let process: Process
    // Guarded by the spawner's condition.
    var outcome: Result<Void, any Error>?
    init(_ process: Process) { self.process = process }
  }

  private init() {
    let thread = Thread { [self] in serve() }
    thread.name = "unblocked-spawner"
    thread.start()
  }

  /// Starts `process` on the spawner's thread and returns once it is started (or failed to).
  func run(_ process: Process) throws {
    let spawn = Spawn(process)
    condition.lock()
    pending.append(spawn)
    condition.broadcast()
    while spawn.outcome == nil { condition.wait() }
    let outcome = spawn.outcome!
    condition.unlock()
    try outcome.get()
  }

  private func serve() {
    var none = sigset_t()
    sigemptyset(&none)
    pthread_sigmask(SIG_SETMASK, &none, nil)
    while true {
      condition.lock()
      while pending.isEmpty { condition.wait() }
      let spawn = pending.removeFirst()
      condition.unlock()
      let outcome = Result { try spawn.process.run() }
      condition.lock()
      spawn.outcome = outcome
      condition.broadcast()
      condition.unlock()
    }
  }
}
