import ControlInterface
import Foundation
import RepayControl
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A `PlacedHousehold`'s real repayd for the tests of faults from outside: started (through a
/// launcher, when the fault needs a mount namespace) with a private runtime directory and no
/// session bus, waited for until it says `READY=1`, with the real repayctl beside it and the
/// state file read back with the real `sqlite3`.
struct FaultyDaemon {
  /// The household it plans.
  let household: PlacedHousehold
  /// The process.
  let daemon: RepaydProcess
  /// repayctl against its socket.
  let repayctl: RepayctlRunner
  /// Its control socket.
  let controlSocket: String
  /// What runs `sqlite3` where the daemon's state is (the daemon's launcher).
  let launcher: [String]

  /// Starts repayd on `household` through `launcher` with `environment` added, and waits until
  /// it is ready; `arguments` replace the household's own.
  init(
    household: PlacedHousehold, arguments: [String]? = nil, launcher: [String] = [],
    environment: [String: String] = [:]
  ) throws {
    self.household = household
    self.launcher = launcher
    let notify = try NotifySocket()
    defer { notify.close() }
    let runtime = try household.makeRuntimeDirectory()
    daemon = try RepaydProcess(
      arguments ?? household.arguments,
      environment: [
        "TZ": PlacedHousehold.zoneName, "XDG_RUNTIME_DIR": runtime,
        // No desktop: the journal (or standard error) is the one sink a notice has.
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=\(household.folder)/no-bus",
      ].merging(notify.environment) { $1 }.merging(environment) { $1 },
      launcher: launcher)
    controlSocket = runtime + "/repayd/control.sock"
    repayctl = RepayctlRunner(address: "unix:\(controlSocket)")
    try #require(
      notify.receive(count: 2, timeout: .seconds(60)).contains("READY=1"), "\(daemon.standardError)")
  }

  /// A mount namespace whose `/run` is an empty tmpfs: a repayd started there finds no journald
  /// and logs to standard error, where the test reads it, whatever runs on the machine.
  static func journalFreeNamespace() throws -> MountNamespace {
    let namespace = try MountNamespace()
    try namespace.mountTmpfs(at: "/run")
    return namespace
  }

  /// A new client of its control socket.
  func client() throws -> ControlClient {
    try ControlClient(address: ControlAddress(path: controlSocket), timeout: .seconds(20))
  }

  /// `repayctl note LOAN TEXT` on the household's loan: exit 0 when the daemon acknowledged it.
  func note(_ text: String) throws -> ChildProcess.Outcome {
    try repayctl.run(["note", household.loan, text])
  }

  /// What `sqlite3` prints for `query` on the state file (the daemon's own, where it sees it).
  func state(_ query: String, file: String? = nil) throws -> String {
    let command = launcher + ["/usr/bin/sqlite3", file ?? household.stateDirectory + "/state.sqlite", query]
    let outcome = try ChildProcess.run(command[0], Array(command.dropFirst()))
    return outcome.standardOutput + outcome.standardError
  }

  /// The texts of the notes of the household's loan in the state file, oldest first.
  func storedNotes(file: String? = nil) throws -> [String] {
    try state("SELECT text FROM notes WHERE loan = '\(household.loan)' ORDER BY id", file: file)
      .split(separator: "\n").map(String.init)
  }

  /// The stages of the household loan's notices on standard error (`STAGE LOAN DATE: MESSAGE`,
  /// where no journal runs), in order.
  func noticeStages() -> [String] {
    var stages: [String] = []
    for line in daemon.standardError.split(separator: "\n") {
      let words: [Substring] = line.split(separator: " ")
      if words.count > 1 && words[1] == household.loan { stages.append(String(words[0])) }
    }
    return stages
  }

  /// Stops repayd with SIGTERM and expects exit 0.
  func stop(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    daemon.send(SIGTERM)
    #expect(daemon.waitForExit() == 0, "\(daemon.standardError)", sourceLocation: sourceLocation)
  }
}
