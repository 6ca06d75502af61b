import Foundation
import RepayConfig
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What a test of a daemon on a desktop works with.
struct DesktopRun {
  /// The household the daemon reminds of.
  let household: PlacedHousehold
  /// The desktop the daemon shows its notifications on.
  let session: DesktopSession
  /// The Notify calls since before the daemon started.
  let monitor: BusMonitor
  /// The journal the daemon writes to.
  let journal: JournalReader
  /// The daemon.
  let daemon: RepaydProcess
  /// The path of its control socket.
  let controlSocket: String

  /// The daemon's own log in the journal, oldest first, once journald wrote out what it was sent.
  func log() throws -> [String] {
    try journal.readAfterSync(matching: ["_PID=\(daemon.pid)"], since: household.start - 1)
      .compactMap { $0["MESSAGE"] }
  }

  /// The notices of the household's first loan in the journal (only those of `stage`, when
  /// given), oldest first, once at least `count` are there or `timeout` has passed.
  func notices(_ stage: String? = nil, count: Int = 0, timeout: Duration = .seconds(30)) throws
    -> [JournalEntry]
  {
    try journal.entries(
      matching: [household.match] + (stage.map { ["REPAY_STAGE=\($0)"] } ?? []), since: household.start - 1,
      count: count, timeout: timeout)
  }
}

/// Runs `body` with repayd on a household placed now (with `locale` in its configuration, when
/// given, and its text then passed through `configure`), on a desktop session of its own and a
/// journald, in the household's zone with `environment` added; then stops repayd (which must
/// exit 0), the monitor and the session, by their pids, and removes the household.
func withDesktopDaemon(
  locale: String? = nil, environment: [String: String] = [:], configure: (String) -> String = { $0 },
  _ body: (DesktopRun) throws -> Void
) throws {
  let session = try DesktopSession()
  defer { session.stop() }
  let monitor = try session.monitor()
  defer { monitor.stop() }
  try JournaldFixture.withJournald { journal in
    // Placed once the desktop and the journal are there (which may take long on a busy
    // machine), since the household's first notices are seconds away from the moment it is
    // placed.
    let household = try PlacedHousehold()
    defer { household.remove() }
    // weilidai, 5 days overdue at the start, would announce itself at once (a first start's
    // notice of the stage it stands at): paid through yesterday, so that these tests watch the
    // first loan's notifications alone.
    let zone = try SystemTimeZone.rules(for: PlacedHousehold.zoneName, environment: [:])
    let yesterday = zone.localDate(at: household.start).advanced(by: -1)
    var text = PlacedHousehold.weilidaiPaid(
      through: yesterday, in: try String(contentsOfFile: household.configPath, encoding: .utf8))
    if let locale { text = "[daemon]\nlocale = \"\(locale)\"\n\(text)" }
    try configure(text).write(toFile: household.configPath, atomically: true, encoding: .utf8)
    let runtime = try household.makeRuntimeDirectory()
    let daemon = try RepaydProcess(
      household.arguments,
      environment: [
        "TZ": PlacedHousehold.zoneName, "XDG_RUNTIME_DIR": runtime, "DISPLAY": session.display,
        "DBUS_SESSION_BUS_ADDRESS": session.address,
      ].merging(environment) { $1 })
    do {
      try body(
        DesktopRun(
          household: household, session: session, monitor: monitor, journal: journal, daemon: daemon,
          controlSocket: runtime + "/repayd/control.sock"))
    } catch {
      // What the daemon said (its desktop warnings above all) tells why a call did not come.
      let log = try? journal.readAfterSync(matching: ["_PID=\(daemon.pid)"], since: household.start - 1)
      Issue.record("repayd's log: \(log?.compactMap { $0["MESSAGE"] } ?? []); \(daemon.standardError)")
      throw error
    }
    daemon.send(SIGTERM)
    #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
  }
}
