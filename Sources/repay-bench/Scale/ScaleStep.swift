import BenchmarkReport
import Foundation
import RepayCore

/// One size of `repay-bench scale`: its figures, measured in three parts (the timed steps first;
/// the calls after the idle window all sizes share; the simulated year last, since the memory
/// and files it leaves behind slowed the start-ups measured after it threefold), and the curves
/// all sizes make.
struct ScaleStep {
  /// Loans in the household.
  let loans: Int
  /// Reading and checking the configuration, ms (median).
  let read: Double
  /// Expanding two years of its schedule, ms (median).
  let expand: Double
  /// repayd to READY=1, ms (median).
  let startup: Double
  /// repay-idle to READY=1 in the same runs, ms (median): starting a process at all.
  let idleStartup: Double
  /// The configuration directory.
  let household: String
  /// The state file after a simulated year, MiB; nil above `--state-max-loans`.
  var stateMiB: Double?
  /// The running repayd's control socket.
  let socket: String
  /// The running repayd's folder: its log, `output.log`, and its state folder, `state`.
  let idleDirectory: String
  /// Idle VmRSS, MiB.
  var residentMiB = 0.0
  /// Idle wake-ups over the window all sizes share.
  var wakeups = 0.0
  /// A GetStatus round trip on a fresh connection, ms (median).
  var getStatus = 0.0
  /// A Reload call, ms (median): read, check and plan again, and answer.
  var reload = 0.0

  /// The first part at `loans` loans, in `directory`: read, expansion, start-ups; returns it with a repayd left running on the household for the idle readings.
  static func measure(loans: Int, rounds: Int, binaries: DaemonBinaries, directory: String)
    throws -> (ScaleStep, IdleProcess)
  {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let household = try HouseholdDirectory(loans: loans, path: directory + "/household")
    let environment = ProcessInfo.processInfo.environment
    let from = Self.from
    var reads: [Double] = []
    var expansions: [Double] = []
    var configuration: Configuration?
    for _ in 0..<rounds {
      reads.append(
        try ScheduleSteps.milliseconds {
          configuration = try ScheduleSteps.read(household.files, environment: environment)
        })
      expansions.append(
        ScheduleSteps.milliseconds { _ = ScheduleSteps.expand(configuration!, from: from, days: 730) })
    }

    // A minute for every 100,000 loans: the 1,000,000-loan start-up is measured, not cut short.
    let timeout = max(60, loans / 100_000 * 60)
    var startups = StartupComparison(
      binaries: binaries, configuration: household.path, root: directory, runs: rounds)
    startups.readyTimeoutMilliseconds = timeout * 1_000
    let started = try startups.run()
    guard started.failures.isEmpty else { throw ValidationFailure(started.failures.joined(separator: "; ")) }
    let daemon = try IdleProcess(
      name: "repayd, \(loans) loans", binaries.repayd,
      ["--config", household.path, "--state-dir", directory + "/idle/state"], directory: directory + "/idle",
      timeoutSeconds: timeout)
    let step = ScaleStep(
      loans: loans, read: reads.median, expand: expansions.median, startup: started.repayd.median,
      idleStartup: started.repayIdle.median, household: household.path,
      socket: directory + "/idle/state/control.sock", idleDirectory: directory + "/idle")
    return (step, daemon)
  }

  /// The second part: `calls` GetStatus round trips and `rounds` Reload calls on the running repayd.
  mutating func measureCalls(calls: Int, rounds: Int) throws {
    getStatus = try Self.median(of: calls, #"{"method":"io.repayd.Control.GetStatus"}"#, at: socket)
    reload = try Self.median(of: rounds, #"{"method":"io.repayd.Control.Reload"}"#, at: socket)
  }

  /// The third part: the state file a simulated year of the household leaves.
  mutating func measureYear() throws {
    let files = try
      ([household + "/repayd.toml"]
      + FileManager.default.contentsOfDirectory(atPath: household + "/loans.d")
      .filter { $0.hasSuffix(".toml") }.sorted().map { household + "/loans.d/" + $0 }).map {
        ($0, Array(try Data(contentsOf: URL(fileURLWithPath: $0))))
      }
    let configuration = try ScheduleSteps.read(files, environment: ProcessInfo.processInfo.environment)
    // On tmpfs, where the store's fsync at each commit (synchronous = FULL) returns at once: a
    // year of a large household is a million transactions, hours of fsync on this disk, and
    // the file they leave is the same.
    let folder = try RunFolder.make(prefix: "repay-bench-year", in: "/dev/shm")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    stateMiB =
      Double(try SimulatedYear(configuration: configuration, from: Self.from, directory: folder).bytes)
      / 1_048_576
  }

  /// The first day of the expanded and simulated windows.
  private static let from = LocalDate(year: 2026, month: 12, day: 1)!

  /// The median wall time of `count` calls of `message` on a fresh connection each, ms; throws
  /// when one is answered with an error.
  private static func median(of count: Int, _ message: String, at socket: String) throws -> Double {
    let bytes = Array(message.utf8) + [0]
    var times: [Double] = []
    for _ in 0..<count {
      var reply: [UInt8] = []
      times.append(try ScheduleSteps.milliseconds { reply = try ControlSocket.call(bytes, at: socket) })
      guard !reply.starts(with: Array(#"{"error""#.utf8)) else {
        throw ValidationFailure(
          "\(message) on \(socket): \(String(decoding: reply.dropLast(), as: UTF8.self))")
      }
    }
    return times.median
  }

  /// What the run prints as each size's first part ends.
  var startupLine: String {
    String(
      format: "  %9d loans: read %.1f ms, expand %.1f ms, start-up %.1f ms (repay-idle %.1f ms)", loans, read,
      expand, startup, idleStartup)
  }

  /// The curves of `steps`, each held to its goal, and start-up at 100,000 loans against 10,000.
  static func measures(_ steps: [ScaleStep]) -> [Measure] {
    func curve(_ series: String, _ unit: String, _ rule: ScaleCurve.Rule, _ value: (ScaleStep) -> Double?)
      -> [Measure]
    {
      ScaleCurve(
        series: series, unit: unit, rule: rule,
        points: steps.compactMap { step in value(step).map { (step.loans, $0) } }
      ).measures
    }
    var measures =
      curve("configuration read and check", "ms", .linear) { $0.read }
      + curve("schedule expansion, two years", "ms", .linear) { $0.expand }
      + curve("start-up to READY=1", "ms", .linear) { $0.startup }
      + curve("idle RSS", "MiB", .linear) { $0.residentMiB }
      + curve("idle wake-ups over the window", "count", .zero) { $0.wakeups }
      + curve("GetStatus round trip", "ms", .linear) { $0.getStatus }
      + curve("Reload", "ms", .linear) { $0.reload }
      + curve("state file after a simulated year", "MiB", .recorded) { $0.stateMiB }
    if let small = steps.first(where: { $0.loans == 10_000 }),
      let large = steps.first(where: { $0.loans == 100_000 })
    {
      measures.append(
        .atMost(
          8 * small.startup, name: "start-up to READY=1 at 100,000 loans against 10,000",
          value: large.startup,
          unit: "ms", baseline: small.startup, goal: "at most 8 x the 10,000-loan start-up"))
    }
    return measures
  }

  /// The figures of every size, one row each.
  static func table(_ steps: [ScaleStep]) -> String {
    var lines = [
      "| loans | read ms | expand ms | start-up ms | RSS MiB | wake-ups | GetStatus ms | Reload ms | state file MiB |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for step in steps {
      let cells = [
        ScaleCurve.grouped(step.loans), format(step.read), format(step.expand), format(step.startup),
        format(step.residentMiB), String(Int(step.wakeups)), String(format: "%.3f", step.getStatus),
        format(step.reload), step.stateMiB.map { format($0) } ?? "-",
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
