import CSystemd

#if canImport(Glibc)
  import Glibc
#endif

/// Child processes through the gate: `posix_spawn` into a process group of the child's own, the
/// pipes for its output, a pidfd that tells when it ended, signals to its group and the reaping
/// of its status. The posix_spawn family returns an error number instead of setting `errno`;
/// like the rest of the gate, each failure becomes a `SystemdCallError` naming the call.
extension LibSystemd {
  /// `pipe2(O_CLOEXEC)` with a nonblocking read end, through `csystemd_output_pipe`.
  @inline(never)
  static func outputPipe() throws(SystemdCallError) -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [-1, -1]
    try check("pipe2", csystemd_output_pipe(&descriptors))
    return (descriptors[0], descriptors[1])
  }

  /// `posix_spawn(arguments[0], arguments, environment)`: standard input from `/dev/null`,
  /// standard output and error onto `output` and `errors`, every other descriptor closed, a new
  /// process group whose id is the child's pid, every signal's disposition reset to the default
  /// and none blocked (the daemon ignores or blocks the signals it handles through Dispatch, and
  /// a child inherits both across `exec`: a hook ignoring SIGTERM could not be stopped politely).
  /// Returns the child's pid; a program that cannot be run (`ENOENT`, `EACCES`, `ENOEXEC`) fails
  /// here, since glibc's posix_spawn reports the failed `exec`.
  @inline(never)
  static func spawn(
    arguments: [String], environment: [String], output: Int32, errors: Int32
  ) throws(SystemdCallError) -> pid_t {
    var actions = posix_spawn_file_actions_t()
    try spawnCheck("posix_spawn_file_actions_init", posix_spawn_file_actions_init(&actions))
    defer { posix_spawn_file_actions_destroy(&actions) }
    try spawnCheck(
      "posix_spawn_file_actions_addopen",
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0))
    try spawnCheck("posix_spawn_file_actions_adddup2", posix_spawn_file_actions_adddup2(&actions, output, 1))
    try spawnCheck("posix_spawn_file_actions_adddup2", posix_spawn_file_actions_adddup2(&actions, errors, 2))
    try check("posix_spawn_file_actions_addclosefrom_np", csystemd_spawn_close_from(&actions, 3))

    var attributes = posix_spawnattr_t()
    try spawnCheck("posix_spawnattr_init", posix_spawnattr_init(&attributes))
    defer { posix_spawnattr_destroy(&attributes) }
    var everySignal = sigset_t()
    sigfillset(&everySignal)
    var noSignal = sigset_t()
    sigemptyset(&noSignal)
    try spawnCheck("posix_spawnattr_setsigdefault", posix_spawnattr_setsigdefault(&attributes, &everySignal))
    try spawnCheck("posix_spawnattr_setsigmask", posix_spawnattr_setsigmask(&attributes, &noSignal))
    try spawnCheck("posix_spawnattr_setpgroup", posix_spawnattr_setpgroup(&attributes, 0))
    let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
    try spawnCheck("posix_spawnattr_setflags", posix_spawnattr_setflags(&attributes, Int16(flags)))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    try spawnCheck("posix_spawn", posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp))
    return pid
  }

  /// `pidfd_open(pid, 0)` through `csystemd_pidfd_open`: close-on-exec, readable once `pid` ended.
  @inline(never)
  static func processDescriptorOpen(_ pid: pid_t) throws(SystemdCallError) -> Int32 {
    try check("pidfd_open", csystemd_pidfd_open(pid))
  }

  /// `kill(-group, signal)`: false when no process of the group is left (`ESRCH`).
  @inline(never)
  static func signalProcessGroup(_ group: pid_t, _ signal: Int32) throws(SystemdCallError) -> Bool {
    guard kill(-group, signal) == -1 else { return true }
    let error = errno
    if error == ESRCH { return false }
    throw SystemdCallError(call: "kill", errorNumber: error)
  }

  /// `waitpid(pid, WNOHANG)`: the raw wait status once `pid` has ended (and is reaped by this
  /// call), nil while it runs.
  @inline(never)
  static func reap(_ pid: pid_t) throws(SystemdCallError) -> Int32? {
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { return status }
      if result == 0 { return nil }
      let error = errno
      if error != EINTR { throw SystemdCallError(call: "waitpid", errorNumber: error) }
    }
  }

  /// `read(descriptor)` of up to `capacity` bytes from a nonblocking pipe: nil at its end (every
  /// write end closed), empty when nothing is there now (`EAGAIN`).
  @inline(never)
  static func readPipe(_ descriptor: Int32, capacity: Int) throws(SystemdCallError) -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: capacity)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, capacity) }
      if count > 0 { return Array(buffer[0..<count]) }
      if count == 0 { return nil }
      let error = errno
      if error == EAGAIN { return [] }
      if error != EINTR { throw SystemdCallError(call: "read", errorNumber: error) }
    }
  }

  /// Maps a posix_spawn-family result: 0 is success, anything else the error number itself.
  private static func spawnCheck(_ call: String, _ result: Int32) throws(SystemdCallError) {
    if result != 0 { throw SystemdCallError(call: call, errorNumber: result) }
  }
}
