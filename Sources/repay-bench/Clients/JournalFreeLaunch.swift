import Systemd

#if canImport(Glibc)
  import Glibc
#endif

/// How `repay-bench control` starts repayd so that the notices it fires go to its standard error
/// (and so to the benchmark's log file), not to the machine's journal: 100,000 entries would
/// burden the journald that every other program and test on the machine shares, and its work
/// would count against the daemon. repayd logs to the journal when a datagram socket at
/// journald's fixed path takes a connection (`JournalSocket.isAvailable`), so where one does,
/// repayd runs in a mount namespace of its own in which an empty tmpfs covers
/// `/run/systemd/journal`: the machine's journal is left alone and nothing else sees the mount.
/// That needs root (as the benchmark runs in CI); elsewhere, stop journald or run as root.
enum JournalFreeLaunch {
  /// The executable and arguments that run `executable` with `arguments` where it finds no
  /// journald; throws when a journald listens and this process cannot hide it.
  static func command(_ executable: String, _ arguments: [String]) throws -> (String, [String]) {
    guard JournalSocket.isAvailable() else { return (executable, arguments) }
    guard getuid() == 0 else {
      throw ValidationFailure(
        "a journald listens at \(JournalSocket.defaultPath): run as root, so that repayd can be started "
          + "in a mount namespace without it, or stop journald")
    }
    // unshare and sh exec in turn, so the pid the benchmark starts ends up being repayd's.
    let script = #"mount -t tmpfs tmpfs /run/systemd/journal && exec "$0" "$@""#
    return (
      "/usr/bin/unshare",
      ["--mount", "--propagation", "private", "/bin/sh", "-c", script, executable] + arguments
    )
  }
}
