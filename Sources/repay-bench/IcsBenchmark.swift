import ArgumentParser
import BenchmarkReport
import Foundation

/// `repay-bench ics`: the whole-process wall time of `repayctl export-ics --config FILE --days 730`
/// on a generated 10,000-loan configuration against `repayctl schedule --json` of the same window
/// on the same file, in the same run, taking turns. Goal (issue 19): at most 1.2 times.
struct IcsBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "ics",
    abstract: "repayctl export-ics of two years of a large configuration, against repayctl schedule --json.",
    discussion: """
      Needs repayctl and repayctl-commands built beside repay-bench in the same configuration \
      (swift build -c release --product repayctl, --product repayctl-commands, --product repay-bench). Writes the generated configuration to a \
      temporary folder; each program's output goes to /dev/null.
      """)

  @Option(help: "Loans in the generated configuration.")
  var loans = 10_000

  @Option(help: "Days of the window.")
  var days = 730

  @Option(help: "Rounds of the two programs (median and p90 of each).")
  var runs = 11

  func validate() throws {
    guard runs > 0, loans > 0, (1...3_660).contains(days) else {
      throw ValidationError("--runs and --loans must be positive, --days 1 to 3660")
    }
  }

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().path
    let repayctl = folder + "/repayctl"
    guard FileManager.default.isExecutableFile(atPath: repayctl) else {
      throw ValidationFailure("\(repayctl) is missing: build it beside repay-bench")
    }
    let root = try RunFolder.make(prefix: "repay-bench-ics")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let config = root + "/household.toml"
    try GeneratedHousehold(loans: loans).toml.write(toFile: config, atomically: true, encoding: .utf8)
    let environment = ["TZ": "Asia/Shanghai", "LANG": "C.UTF-8", "HOME": root, "PATH": "/usr/bin:/bin"]
    let window = ["--config", config, "--from", "2026-12-01", "--days", String(days)]
    let programs = [
      ("repayctl export-ics", window), ("repayctl schedule --json", window + ["--json"]),
    ]
    var samples: [String: [Double]] = [:]
    print("iCalendar benchmark: \(loans) loans, \(days) days; load average \(DaemonBenchmark.loadAverage())")
    for index in 0..<runs {
      for offset in 0..<programs.count {
        let (name, arguments) = programs[(index + offset) % programs.count]
        let command = name.split(separator: " ")[1]
        let child = try ChildProcess(
          repayctl, [String(command)] + arguments, environment: environment, outputPath: "/dev/null")
        let end = child.wait()
        guard end.status == 0 else { throw ValidationFailure("\(name) exited \(end.status)") }
        samples[name, default: []].append(Double(end.ended - child.spawned) / 1_000_000)
      }
    }
    for (name, _) in programs {
      let values = samples[name]!
      print(
        "  \(name.padding(toLength: 28, withPad: " ", startingAt: 0))"
          + String(format: "median %8.1f ms  p90 %8.1f ms", values.median, values.percentile(0.9)))
    }
    let ratio = samples[programs[0].0]!.median / samples[programs[1].0]!.median
    print(
      String(
        format: "  ratio export-ics / schedule --json: %.2fx (goal: at most 1.2x) %@", ratio,
        ratio <= 1.2 ? "MET" : "NOT MET"))
    let baseline = samples[programs[1].0]!.median
    return [
      .atMost(
        1.2 * baseline, name: "export-ics, \(loans) loans, \(days) days",
        value: samples[programs[0].0]!.median,
        unit: "ms", baseline: baseline, goal: "at most 1.2 x repayctl schedule --json")
    ]
  }
}
