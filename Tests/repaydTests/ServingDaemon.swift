import ControlInterface
import Foundation
import RepayControl
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A `PlacedHousehold`'s real repayd serving its control socket in a private runtime directory,
/// for the tests of the control socket: `with` starts it under a real journald, waits until it
/// says it is ready, runs the body, then stops it by its pid (unless the body did) and expects a
/// clean exit.
struct ServingDaemon {
  /// The household it plans.
  let household: PlacedHousehold
  /// The process.
  let daemon: RepaydProcess
  /// Its control socket.
  let address: ControlAddress
  /// The journal it delivers to.
  let journal: JournalReader
  /// The household's configuration without a `[daemon]` section.
  private let base: String

  /// The `control-probe` binary, beside `repayd`: a client run as another user.
  static let probe = URL(fileURLWithPath: RepaydProcess.executable).deletingLastPathComponent()
    .appendingPathComponent("control-probe").path

  /// Runs `body` while repayd serves a household whose `[daemon]` section holds `daemon`, its
  /// configuration file given `mode` before the start when one is named.
  static func with(
    daemon section: String = "", configurationMode mode: mode_t? = nil, _ body: (ServingDaemon) throws -> Void
  ) throws {
    let notify = try NotifySocket()
    defer { notify.close() }
    try JournaldFixture.withJournald { journal in
      // Placed once the journal is there (its lock may wait for other test processes), since the
      // household's first notices are seconds away from the moment it is placed.
      let household = try PlacedHousehold()
      defer { household.remove() }
      let base = try String(contentsOfFile: household.configPath, encoding: .utf8)
      try write(section, before: base, to: household.configPath)
      if let mode { try #require(chmod(household.configPath, mode) == 0) }
      let runtime = try household.makeRuntimeDirectory()
      let daemon = try RepaydProcess(
        household.arguments,
        environment: ["TZ": PlacedHousehold.zoneName, "XDG_RUNTIME_DIR": runtime].merging(notify.environment)
        { $1 })
      try #require(
        notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1"), "\(daemon.standardError)")
      try body(
        ServingDaemon(
          household: household, daemon: daemon,
          address: ControlAddress(path: runtime + "/repayd/control.sock"),
          journal: journal, base: base))
      if daemon.isRunning { daemon.send(SIGTERM) }
      #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
    }
  }

  /// Rewrites the configuration with `section` as its `[daemon]` section (none when empty); the
  /// daemon reads it at the next reload.
  func configure(daemon section: String) throws {
    try Self.write(section, before: base, to: household.configPath)
  }

  private static func write(_ section: String, before base: String, to path: String) throws {
    try ((section.isEmpty ? "" : "[daemon]\n\(section)\n\n") + base).write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  /// A new client, connected.
  func connect() throws -> ControlClient { try ControlClient(address: address, timeout: .seconds(20)) }

  /// Opens the socket's file modes to everyone (the runtime directories 0755, the socket 0666),
  /// so that only the daemon's uid check stands between another user and the socket.
  func openSocketToEveryone() throws {
    let socketDirectory = (address.path as NSString).deletingLastPathComponent
    let runtime = (socketDirectory as NSString).deletingLastPathComponent
    for directory in [household.folder, runtime, socketDirectory] {
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory)
    }
    try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: address.path)
  }

  /// `control-probe ARGUMENTS` run as `uid` (and its gid) through `setpriv`, with its socket
  /// address after the mode; the arguments for `ChildProcess.run` or `SpawnedChild`.
  func probe(as uid: UInt32, _ mode: String, _ extra: [String] = []) -> [String] {
    [
      "/usr/bin/setpriv", "--reuid", "\(uid)", "--regid", "\(uid)", "--clear-groups", Self.probe, mode,
      address.description,
    ] + extra
  }

  /// What `control-probe call` prints when run as `uid`: `ok` or the error's name.
  func callAs(_ uid: UInt32) throws -> String {
    let arguments = probe(as: uid, "call")
    let outcome = try ChildProcess.run(arguments[0], Array(arguments.dropFirst()))
    return outcome.standardOutput.trimmingCharacters(in: .newlines)
  }
}
