import ArgumentParser
import BenchmarkReport
import Foundation

/// `repay-bench daemon`: the real repayd binary (built beside repay-bench) against baselines in
/// the same run: start-up to `READY=1` on the generated household against starting a process at
/// all; idle RSS against repay-idle, an idle program that links the same libraries; idle
/// wake-ups against a 100 ms ticking wheel holding as many entries. Goals (issue 6): start-up at
/// most 300 ms, at most 20 MB more than the idle program, at most 1 wake-up in 60 s.
struct DaemonBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "daemon",
    abstract: "The real repayd: start-up, idle memory and idle wake-ups, each against a baseline.",
    discussion: """
      Needs repayd and repay-idle built beside repay-bench in the same configuration: \
      swift build -c release --product repayd (and --product repay-idle, --product repay-bench). \
      Start-up: RUNS starts of repayd on the generated household, each with a fresh state \
      directory, timed from posix_spawn to its READY=1 datagram on a socket the benchmark binds \
      as NOTIFY_SOCKET, then SIGTERM; alternating with repay-idle to READY=1, repayd --version \
      and /bin/true to exit. Idle: repayd on the household and on a small one, repay-idle, and \
      a ticking wheel with as many entries as repayd holds, all at once; after SETTLE seconds \
      VmRSS of each; then the context switches of all their threads over SECONDS seconds.
      """)

  @Option(help: "Starts of each program for the start-up figures (median and p90).")
  var runs = 11

  @Option(help: "The length of the idle wake-up window.")
  var seconds = 60

  /// Six seconds: libdispatch retires a worker thread 5 s after its last job, so the threads
  /// that ran the start-up are gone by then; each would count one wake-up in the window, once.
  @Option(help: "Seconds between READY=1 and the idle readings, for start-up work to end.")
  var settle = 6

  @Option(help: "Loans in the generated household.")
  var loans = 10_000

  @Option(help: "Loans in the small household, whose idle RSS is also read.")
  var smallLoans = 10

  @Flag(help: "Keep the temporary folder (configurations, state, logs) instead of removing it.")
  var keep = false

  func validate() throws {
    guard runs > 0, seconds > 0, settle >= 0, loans > 0, smallLoans > 0 else {
      throw ValidationError("--runs, --seconds, --loans and --small-loans must be positive")
    }
  }

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    let binaries = try DaemonBinaries()
    let root = try RunFolder.make(prefix: "repay-bench-daemon")
    defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }
    let loadBefore = Self.loadAverage()
    let household = try IdleHousehold(loans: loans, directory: root, name: "household.toml")
    let small = try IdleHousehold(loans: smallLoans, directory: root, name: "small.toml")
    print(
      """
      Daemon benchmark: \(binaries.repayd)
      household: \(loans) loans (\(household.bytes / 1_024) KiB of TOML), zone \(household.zone) \
      (every notice at least 4.5 h from now); small household: \(smallLoans) loans
      load average at the start: \(loadBefore)

      """)

    let startup = try StartupComparison(
      binaries: binaries, configuration: household.path, root: root, runs: runs
    ).run()
    print(startup.report)
    guard startup.failures.isEmpty else { throw ValidationFailure(startup.failures.joined(separator: "; ")) }

    // The idle processes run side by side, so that one window of the same machine serves all.
    let daemon = try IdleProcess(
      name: "repayd, \(loans) loans", binaries.repayd,
      ["--config", household.path, "--state-dir", root + "/idle-repayd/state"],
      directory: root + "/idle-repayd")
    var processes = [daemon]
    defer { for process in processes { process.child.terminate() } }
    let pending = RepaydStatus.pending(in: daemon.status) ?? startup.pending ?? loans
    processes.append(
      try IdleProcess(
        name: "repayd, \(smallLoans) loans", binaries.repayd,
        ["--config", small.path, "--state-dir", root + "/idle-small/state"], directory: root + "/idle-small"))
    processes.append(
      try IdleProcess(name: "repay-idle", binaries.repayIdle, [], directory: root + "/idle-baseline"))
    processes.append(
      try IdleProcess(
        name: "ticking wheel, 100 ms, \(pending) entries", binaries.repayBench,
        ["ticking-wheel", "--entries", String(pending), "--notify", root + "/idle-ticking/notify"],
        directory: root + "/idle-ticking"))
    sleep(UInt32(settle))
    var memory = IdleMemoryComparison()
    memory.read(processes)
    print(memory.report(baseline: "repay-idle"))
    let wakeups = IdleWakeupComparison(seconds: seconds)
    let readings = wakeups.run(processes)
    print(wakeups.report(readings))
    print("repayd's notices ahead (its STATUS=): \(daemon.status ?? "none")")
    print("load average at the end: \(Self.loadAverage())")
    return startup.measures + memory.measures(baseline: "repay-idle")
      + wakeups.measures(readings, baseline: processes[3].name)
  }

  /// The first three fields of /proc/loadavg: the 1, 5 and 15 minute load averages.
  static func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }
}
