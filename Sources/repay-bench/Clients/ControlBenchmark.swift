import ArgumentParser
import BenchmarkReport
import ControlInterface
import Foundation

/// `repay-bench control`: issue 8's performance goals for the control socket, side by side in one
/// run: `GetStatus` on the real repayd against a raw Unix-socket echo of the same message sizes
/// (`EchoServer`), with one client and with `clients` at once, and then `GetStatus` alone while
/// `notices` reminders fire. Goals: p50 at most 2 times the echo's; p99 under 1 ms while they
/// fire; with 16 clients at least 20,000 calls a second and a quarter of the echo's.
struct ControlBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "control",
    abstract:
      "GetStatus on the real repayd against a raw Unix-socket echo, and while 100,000 reminders fire.",
    discussion: """
      Needs repayd (and repay-idle, which the daemon benchmark's lookup also checks) built beside \
      repay-bench in the same configuration, and root where a journald runs (repayd is started in \
      a mount namespace that hides it, so that its notices go to its log file). Starts repayd on a \
      generated household to which reminders are added so that NOTICES notices come due over \
      FIRE-SECONDS seconds some time after the start. Then, SECONDS each and in this order: one \
      client on the echo, one on repayd, CLIENTS on the echo, CLIENTS on repayd; then one client \
      on repayd through the firing window. Every client keeps one GetStatus call outstanding (a \
      closed loop, all clients driven by one thread with poll); the echo answers each call with \
      the bytes of repayd's own reply.
      """)

  @Option(help: "Seconds of each phase before the firing.")
  var seconds = 5.0

  @Option(help: "Concurrent clients in the throughput phases.")
  var clients = 16

  @Option(help: "Notices that come due in the firing window.")
  var notices = 100_000

  @Option(help: "Seconds of the firing window.")
  var fireSeconds = 20

  @Option(help: "Loans in the generated household.")
  var loans = 10

  @Option(help: "Seconds allowed for repayd's start-up before the phases, in the firing window's timing.")
  var startSeconds = 20

  @Flag(help: "Keep the temporary folder (configuration, state, log) instead of removing it.")
  var keep = false

  func validate() throws {
    guard seconds > 0, clients > 0, loans > 0, fireSeconds > 0, startSeconds >= 0, notices >= fireSeconds
    else {
      throw ValidationError(
        "--seconds, --clients, --loans and --fire-seconds must be positive, and --notices at least --fire-seconds"
      )
    }
  }

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    let binaries = try DaemonBinaries()
    let root = try RunFolder.make(prefix: "repay-bench-control")
    defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }

    let household = try IdleHousehold(loans: loans, directory: root, name: "household.toml")
    // The window opens after the start-up (START-SECONDS allowed), the four phases before it
    // and 5 s of margin.
    let now = Int64(Date().timeIntervalSince1970)
    let firing = try FiringReminders(
      appendingTo: household.path, zone: household.zone,
      first: now + Int64(startSeconds) + 5 + Int64((seconds * 4).rounded(.up)),
      seconds: Int64(fireSeconds), perSecond: notices / fireSeconds)
    // No XDG_RUNTIME_DIR (the socket is control.sock in the state folder) and no NOTIFY_SOCKET
    // (repayd sends STATUS= after every delivery, and a notify socket nobody reads fills up).
    let (executable, arguments) = try JournalFreeLaunch.command(
      binaries.repayd, ["--config", household.path, "--state-dir", root + "/state"])
    let log = root + "/repayd.log"
    let daemon = try ChildProcess(
      executable, arguments, environment: DaemonEnvironment.forChild(notifySocket: nil, home: root),
      outputPath: log)
    let phases: [Phase]
    do {
      phases = try measure(
        daemon: daemon.pid,
        socket: root + "/state/control.sock", echo: root + "/echo.sock", log: log, firing: firing)
    } catch {
      daemon.terminate()
      throw error
    }
    let status = daemon.terminate()
    guard status == 0 else { throw ValidationFailure("repayd exited \(status); see \(log)") }
    // repayd's standard error sink writes `reminder ID: MESSAGE`, one line a notice.
    let fired = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
      .filter { $0.hasPrefix("reminder \(FiringReminders.prefix)") }.count
    print(Self.report(phases, clients: clients, firing: firing, fired: fired))
    return Self.measures(phases, clients: clients, fired: fired)
  }

  /// Issue 8's four goals, each against its baseline in the same run.
  private static func measures(_ phases: [Phase], clients: Int, fired: Int) -> [Measure] {
    let echoP50 = phases[0].load.roundTrips.percentile(0.5)
    let echoRate = rate(phases[2])
    return [
      .atMost(
        2 * echoP50, name: "GetStatus round trip p50, 1 client",
        value: phases[1].load.roundTrips.percentile(0.5),
        unit: "µs", baseline: echoP50, goal: "at most 2 x the raw echo's"),
      Measure(
        name: "GetStatus round trip p99 while \(fired) notices fire",
        value: phases[4].load.roundTrips.percentile(0.99),
        unit: "µs", baseline: phases[1].load.roundTrips.percentile(0.99), goal: "under 1 ms",
        met: phases[4].load.roundTrips.percentile(0.99) < 1_000),
      .atLeast(
        20_000, name: "GetStatus calls/s, \(clients) clients", value: rate(phases[3]), unit: "per s",
        baseline: echoRate, goal: "at least 20,000"),
      .atLeast(
        echoRate / 4, name: "GetStatus calls/s against the echo's, \(clients) clients",
        value: rate(phases[3]),
        unit: "per s", baseline: echoRate, goal: "at least 1/4 of the raw echo's"),
    ]
  }

  /// One measured phase.
  private struct Phase {
    let name: String
    let echo: Bool
    let clients: Int
    let load: CallLoad.Measurement
    /// repayd's CPU time over the phase (all its threads), in seconds; nil for the echo.
    let cpu: Double?
  }

  /// The phases, against repayd (process `daemon`) once its socket takes connections and an echo
  /// started then.
  private func measure(daemon: pid_t, socket: String, echo path: String, log: String, firing: FiringReminders)
    throws -> [Phase]
  {
    try ControlSocket.waitUntilListening(socket, log: log)
    let message = Array(#"{"method":"io.repayd.Control.GetStatus"}"#.utf8) + [0]
    let reply = try ControlSocket.call(message, at: socket)
    let echo = try EchoServer(path: path, reply: reply)
    defer { echo.stop() }
    print(
      """
      Control benchmark: \(loans) loans; \(firing.count) notices from \
      \(Date(timeIntervalSince1970: TimeInterval(firing.first))) over \(firing.seconds) s
      GetStatus: call \(message.count) bytes, reply \(reply.count) bytes (NULs included)
      load average at the start: \(DaemonBenchmark.loadAverage())

      """)

    var phases: [Phase] = []
    func measure(_ name: String, echo: Bool, clients: Int, seconds: Double) throws {
      let before = ProcessCPU.seconds(of: daemon)
      let load = try CallLoad(path: echo ? path : socket, clients: clients, message: message).run(
        seconds: seconds)
      let cpu = echo ? nil : ProcessCPU.seconds(of: daemon).flatMap { after in before.map { after - $0 } }
      phases.append(Phase(name: name, echo: echo, clients: clients, load: load, cpu: cpu))
    }
    try measure("echo", echo: true, clients: 1, seconds: seconds)
    try measure("repayd", echo: false, clients: 1, seconds: seconds)
    try measure("echo", echo: true, clients: clients, seconds: seconds)
    try measure("repayd", echo: false, clients: clients, seconds: seconds)

    // From half a second before the window to a second after it.
    let wait = Double(firing.first) - 0.5 - Date().timeIntervalSince1970
    guard wait > 0 else {
      throw ValidationFailure("the phases ran into the firing window (repayd took long to start); try again")
    }
    Thread.sleep(forTimeInterval: wait)
    try measure("repayd, notices firing", echo: false, clients: 1, seconds: Double(firing.seconds) + 1.5)
    // The last second's notices reach the log before repayd is stopped.
    Thread.sleep(forTimeInterval: 2)
    print("load average at the end: \(DaemonBenchmark.loadAverage())\n")
    return phases
  }

  /// The table of phases and the goals' verdicts.
  private static func report(_ phases: [Phase], clients: Int, firing: FiringReminders, fired: Int) -> String {
    var lines = [
      "| phase | server | clients | calls | calls/s | errors | round trip p50 µs | p99 µs | max µs | repayd CPU µs per call |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for phase in phases {
      let trips = phase.load.roundTrips
      let cells = [
        phase.name, phase.echo ? "raw echo" : "repayd", "\(phase.clients)", "\(trips.count)",
        format(rate(phase), 0), "\(phase.load.errors)", format(trips.percentile(0.5), 1),
        format(trips.percentile(0.99), 1), format(trips.max() ?? 0, 1),
        phase.cpu.map { format($0 * 1e6 / Double(trips.count), 0) } ?? "-",
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    let p50Ratio = phases[1].load.roundTrips.percentile(0.5) / phases[0].load.roundTrips.percentile(0.5)
    let firingP99 = phases[4].load.roundTrips.percentile(0.99)
    let throughput = rate(phases[3])
    let share = throughput / rate(phases[2])
    func verdict(_ met: Bool) -> String { met ? "met" : "**missed**" }
    lines += [
      "",
      "notices fired in the window (lines in repayd's log): \(fired) of \(firing.count)",
      "",
      "| goal | figure | verdict |",
      "|---|---:|---|",
      "| GetStatus p50 at most 2 × the echo's (1 client) | \(format(p50Ratio, 2)) × | \(verdict(p50Ratio <= 2)) |",
      "| GetStatus p99 under 1 ms while \(fired) notices fire | \(format(firingP99 / 1_000, 2)) ms "
        + "| \(verdict(firingP99 < 1_000)) |",
      "| \(clients) clients: at least 20,000 calls/s | \(format(throughput, 0)) | \(verdict(throughput >= 20_000)) |",
      "| \(clients) clients: at least 1/4 of the echo's calls/s | \(format(share, 3)) | \(verdict(share >= 0.25)) |",
    ]
    return lines.joined(separator: "\n")
  }

  private static func rate(_ phase: Phase) -> Double {
    Double(phase.load.roundTrips.count) / phase.load.seconds
  }

  private static func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
  }
}
