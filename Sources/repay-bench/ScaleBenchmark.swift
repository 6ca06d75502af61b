import ArgumentParser
import BenchmarkReport
import Foundation
import RepayCore

/// `repay-bench scale`: issue 24's scale curves. For each number of generated loans: reading and
/// checking the configuration and expanding two years of its schedule (in this process, as
/// repayd does them), the real repayd's start-up to `READY=1`, its idle RSS and idle wake-ups
/// over one window that all sizes share, a `GetStatus` round trip and a `Reload`, and (up to
/// `--state-max-loans`) the state file a simulated year of deliveries and payments leaves.
/// Goals: every time and the RSS grow at most linearly (`ScaleCurve`), idle wake-ups stay 0,
/// and start-up at 100,000 loans is at most 8 times start-up at 10,000.
struct ScaleBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "scale",
    abstract:
      "Curves over 1,000 to 1,000,000 loans: read, expand, start-up, RSS, wake-ups, calls, state file.",
    discussion: """
      Needs repayd and repay-idle built beside repay-bench in the same configuration. Each size's \
      household is the daemon benchmark's (notices at least 4.5 h from now), written to a \
      temporary folder. Per size: ROUNDS reads and expansions (one at 1,000,000 loans), ROUNDS \
      starts of repayd with a fresh state folder (one at 1,000,000), each against repay-idle to \
      READY=1; then one repayd per size is left running. Once each has recorded its first \
      start's catch-up (a notice for every unpaid instalment already due), and SETTLE seconds \
      after, all of them are read at once: VmRSS, then the context switches of all their threads over SECONDS seconds; \
      then CALLS GetStatus round trips and ROUNDS Reload calls on each (one at 1,000,000). Last, \
      the simulated year of each size up to STATE-MAX-LOANS, written through RepayStore as \
      repayd writes, on tmpfs (/dev/shm).
      """)

  @Option(
    help: "Numbers of loans, ascending, comma-separated; the first is the fixed part of the linearity goal.")
  var sizes = "1000,10000,100000,1000000"

  @Option(help: "Rounds of each timed step below 1,000,000 loans (median); one at 1,000,000 and above.")
  var rounds = 3

  @Option(help: "GetStatus round trips per size (median).")
  var calls = 21

  @Option(help: "The length of the idle wake-up window, seconds.")
  var seconds = 60

  @Option(help: "Seconds between the last catch-up recorded and the idle readings.")
  var settle = 6

  @Option(help: "The largest size whose state file after a simulated year is measured.")
  var stateMaxLoans = 100_000

  @Option(help: "Write this run's measures as JSON to this file (the chart script reads it).")
  var json: String?

  @Flag(help: "Keep the temporary folder instead of removing it.")
  var keep = false

  /// The arguments `repay-bench all --quick` runs it with.
  static let quickArguments = ["--sizes", "1000,10000", "--rounds", "1", "--calls", "5", "--seconds", "5"]

  /// The loans of each step, as parsed from `--sizes`.
  private var loanCounts: [Int] { sizes.split(separator: ",").compactMap { Int($0) } }

  func validate() throws {
    let counts = loanCounts
    guard !counts.isEmpty, counts.count == sizes.split(separator: ",").count, counts.allSatisfy({ $0 > 0 }),
      zip(counts, counts.dropFirst()).allSatisfy({ $0 < $1 })
    else { throw ValidationError("--sizes is a comma-separated list of ascending positive numbers") }
    guard rounds > 0, calls > 0, seconds > 0, settle >= 0 else {
      throw ValidationError("--rounds, --calls and --seconds must be positive")
    }
  }

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    let binaries = try DaemonBinaries()
    let root = try RunFolder.make(prefix: "repay-bench-scale")
    defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }
    print(
      "Scale benchmark: \(root), sizes \(sizes); load average at the start: \(DaemonBenchmark.loadAverage())")
    var steps: [ScaleStep] = []
    var idle: [IdleProcess] = []
    defer { for process in idle { process.child.terminate() } }
    for size in loanCounts {
      let (step, daemon) = try ScaleStep.measure(
        loans: size, rounds: size >= 1_000_000 ? 1 : rounds,
        binaries: binaries, directory: root + "/\(size)")
      print(step.startupLine)
      steps.append(step)
      idle.append(daemon)
    }
    // Idle means after the first start's catch-up (`CatchUp`), which the idle window must not
    // measure.
    for step in steps {
      let (notices, seconds) = try CatchUp.awaitRecorded(
        log: step.idleDirectory + "/output.log", stateDirectory: step.idleDirectory + "/state",
        timeoutSeconds: max(120, step.loans / 1_000))
      print(
        String(
          format: "  %9d loans: catch-up of %d notices recorded %.1f s into the wait", step.loans, notices,
          seconds))
    }
    sleep(UInt32(settle))
    for index in steps.indices {
      steps[index].residentMiB = Double(ProcessStatus.residentKiB(of: idle[index].child.pid) ?? -1) / 1_024
    }
    let wakeups = IdleWakeupComparison(seconds: seconds).run(idle)
    for index in steps.indices {
      steps[index].wakeups = Double(wakeups[index].wakeups)
      try steps[index].measureCalls(calls: calls, rounds: steps[index].loans >= 1_000_000 ? 1 : rounds)
    }
    for index in steps.indices where steps[index].loans <= stateMaxLoans {
      try steps[index].measureYear()
    }
    print("load average at the end: \(DaemonBenchmark.loadAverage())\n")
    let measures = ScaleStep.measures(steps)
    print(ScaleStep.table(steps))
    if let json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try encoder.encode(measures).write(to: URL(fileURLWithPath: json))
    }
    return measures
  }
}
