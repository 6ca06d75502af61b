#if canImport(Glibc)
  import Glibc
#endif

/// A program the benchmark started with `posix_spawn`, with standard output and error sent to
/// a file, and reaped with `waitpid`. Foundation's `Process` is not used: it notices a child's
/// end late enough to blur the start-up times (see the calendar benchmark).
struct ChildProcess {
  /// The child's process id.
  let pid: pid_t
  /// Monotonic nanoseconds just before `posix_spawn`: where start-up times are counted from.
  let spawned: UInt64

  /// Starts `executable` with `arguments` and exactly `environment`, its output to `outputPath`.
  init(_ executable: String, _ arguments: [String], environment: [String: String], outputPath: String) throws
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    spawned = ProcessProbe.monotonicNanoseconds()
    let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard result == 0 else { throw ValidationFailure("cannot start \(executable): error \(result)") }
    self.pid = pid
  }

  /// Waits for the child to end: the monotonic nanoseconds at which `waitpid` returned, and
  /// its exit status (128 + the signal when a signal ended it).
  func wait() -> (ended: UInt64, status: Int32) {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let ended = ProcessProbe.monotonicNanoseconds()
    // WIFEXITED and WEXITSTATUS are macros that Swift does not import.
    let signal = status & 0x7f
    return (ended, signal == 0 ? (status >> 8) & 0xff : 128 + signal)
  }

  /// Sends SIGTERM and reaps the child; its exit status.
  @discardableResult
  func terminate() -> Int32 {
    kill(pid, SIGTERM)
    return wait().status
  }
}
