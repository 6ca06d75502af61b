import ArgumentParser
import BenchmarkReport
import Foundation

/// `repay-bench plan`: the whole-process wall time of `repayctl plan --json` on a 50-loan
/// configuration over 600 months (both strategies, as every plan computes its comparison),
/// against `repayctl --version` in the same run (the same start-up, no work). Goal (issue 19):
/// at most 1.5 times.
struct PlanBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "repayctl plan --json of 50 loans over 600 months, against repayctl --version.",
    discussion: """
      Needs repayctl and repayctl-commands built beside repay-bench in the same configuration: \
      swift build -c release --product repayctl (and --product repayctl-commands, --product \
      repay-bench). Writes the configuration to a temporary folder, then runs RUNS rounds of \
      repayctl plan (offline, --config) and repayctl --version in turn, each timed from \
      posix_spawn to waitpid.
      """)

  @Option(help: "Rounds of the two programs (median and p90 of each).")
  var runs = 101

  func validate() throws {
    guard runs > 0 else { throw ValidationError("--runs must be positive") }
  }

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().path
    let repayctl = folder + "/repayctl"
    for path in [repayctl, folder + "/repayctl-commands"]
    where !FileManager.default.isExecutableFile(atPath: path) {
      throw ValidationFailure(
        "\(path) is missing: build it beside repay-bench, e.g. swift build -c release --product "
          + URL(fileURLWithPath: path).lastPathComponent)
    }
    let root = try RunFolder.make(prefix: "repay-bench-plan")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let config = root + "/repayd.toml"
    try PlanPortfolioConfiguration.toml.write(toFile: config, atomically: true, encoding: .utf8)
    var environment = DaemonEnvironment.forChild(notifySocket: nil, home: root)
    environment["REPAYD_ADDRESS"] = "unix:" + root + "/no-daemon.sock"
    let plan = "repayctl plan --json (50 loans, 600 months)"
    let version = "repayctl --version"
    let programs = [
      (
        plan,
        [
          "plan", "--budget", PlanPortfolioConfiguration.budget, "--months", "600", "--from", "2027-01",
          "--config",
          config, "--json",
        ]
      ),
      (version, ["--version"]),
    ]
    print("plan benchmark: \(repayctl); load average at the start: \(DaemonBenchmark.loadAverage())\n")
    var samples: [String: [Double]] = [:]
    for index in 0..<runs {
      for offset in 0..<programs.count {
        let (name, arguments) = programs[(index + offset) % programs.count]
        let child = try ChildProcess(
          repayctl, arguments, environment: environment, outputPath: root + "/out.log")
        let end = child.wait()
        guard end.status == 0 else {
          throw ValidationFailure("\(name) exited \(end.status) (see \(root)/out.log)")
        }
        samples[name, default: []].append(Double(end.ended - child.spawned) / 1_000_000)
      }
    }
    print("Whole process, ms (median, p90 of \(runs) runs):")
    for name in [plan, version] {
      let values = samples[name] ?? []
      print(
        "  " + name.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "%8.2f %8.2f", values.median, values.percentile(0.9)))
    }
    let ratio = (samples[plan] ?? []).median / (samples[version] ?? []).median
    print(
      String(
        format: "  ratio plan / --version: %.2fx (goal: at most 1.5x) %@", ratio,
        ratio <= 1.5 ? "MET" : "NOT MET"))
    print("load average at the end: \(DaemonBenchmark.loadAverage())")
    let baseline = (samples[version] ?? []).median
    return [
      .atMost(
        1.5 * baseline, name: "plan --json, 50 loans, 600 months", value: (samples[plan] ?? []).median,
        unit: "ms",
        baseline: baseline, goal: "at most 1.5 x repayctl --version")
    ]
  }
}
