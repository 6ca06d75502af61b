import Foundation

/// A systemd-journald of the test's own, in a `MountNamespace` where empty tmpfs cover `/run`
/// (its sockets, and the volatile journal) and `/var/log/journal` when it exists (the persistent
/// one; never made: a folder made in the namespace is made on the machine's disk): a test may stop and
/// start it while a daemon runs in the same namespace, which it must never do to the journald
/// the machine and the other test processes share (`JournaldFixture`). Stopped by its pid.
public final class NamespacedJournald {
  /// The namespace it runs in.
  public let namespace: MountNamespace
  /// Reads what it stored, with `journalctl` run in the namespace.
  public let reader: JournalReader
  private var process: SpawnedChild?

  /// Covers journald's folders in `namespace` and starts journald there.
  public init(in namespace: MountNamespace) throws {
    self.namespace = namespace
    reader = JournalReader(launcher: namespace.launcher)
    try namespace.mountTmpfs(at: "/run")
    _ = try namespace.run("/bin/mkdir", ["-p", "/run/systemd/journal"])
    if FileManager.default.fileExists(atPath: "/var/log/journal") {
      try namespace.mountTmpfs(at: "/var/log/journal")
    }
    try start()
  }

  /// Whether journald takes entries now.
  public var isListening: Bool {
    UnixSocketAddress.acceptsDatagrams(at: namespace.outside(JournaldFixture.socketPath))
  }

  /// Starts journald (again) and waits until its socket takes entries.
  public func start() throws {
    let child = try SpawnedChild(
      namespace.command(JournaldFixture.executable, []), environment: ["PATH": "/usr/bin:/bin"])
    process = child
    try Polling.until("the namespace's journald listens") { self.isListening }
  }

  /// Stops journald by its pid, leaving its socket file behind, as a stopped journald does.
  public func stop() {
    process?.stop()
    process = nil
  }

  deinit { stop() }
}
