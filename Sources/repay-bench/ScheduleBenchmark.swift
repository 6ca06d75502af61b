import ArgumentParser
import BenchmarkReport
import Foundation
import RepayConfig
import RepayCore

/// `repay-bench schedule`: reading, checking and expanding a 10,000-loan configuration over two
/// years, against Foundation's `JSONDecoder` decoding the same loans from JSON into plain
/// structs, in the same run. Goals: at most as slow as the baseline, and under 150 ms.
struct ScheduleBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "schedule",
    abstract: "Read, validate and expand a generated configuration, against JSONDecoder on the same loans.")

  @Option(help: "Loans in the generated configuration.")
  var loans = 10_000

  @Option(help: "Rounds of each side; the median is reported.")
  var rounds = 7

  @Option(help: "Days of schedule to expand.")
  var days = 730

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    let household = GeneratedHousehold(loans: loans)
    let tomlBytes = Array(household.toml.utf8)
    let jsonData = Data(household.json.utf8)
    var environment = ProcessInfo.processInfo.environment
    environment["TZ"] = "Asia/Shanghai"
    let from = LocalDate(year: 2026, month: 12, day: 1)!
    var occurrences = 0
    var stages = 0
    var parse: [Double] = []
    var read: [Double] = []
    var expand: [Double] = []
    var baseline: [Double] = []
    for _ in 0..<rounds {
      baseline.append(
        try ScheduleSteps.milliseconds {
          let decoded = try JSONDecoder().decode([DecodedLoan].self, from: jsonData)
          precondition(decoded.count == loans)
        })
      parse.append(
        try ScheduleSteps.milliseconds { _ = try TOMLDocument(parsing: tomlBytes, file: "household.toml") })
      var configuration: Configuration?
      read.append(
        try ScheduleSteps.milliseconds {
          configuration = try ScheduleSteps.read(tomlBytes, environment: environment)
        })
      expand.append(
        ScheduleSteps.milliseconds {
          let expanded = ScheduleSteps.expand(configuration!, from: from, days: days)
          occurrences = expanded.occurrences.count
          stages = expanded.stageInstants.count
        })
    }
    let total = zip(read, expand).map { $0 + $1 }
    let oursMedian = Self.median(total)
    let baselineMedian = Self.median(baseline)
    // Each round runs the baseline and then ours back to back, so the ratio within a round is
    // the one least moved by the shared machine's bursts; the verdict is the median of those.
    let roundRatio = Self.median(zip(total, baseline).map { $0 / $1 })
    print(
      """
      Schedule benchmark: \(loans) loans (\(tomlBytes.count / 1_024) KiB of TOML, \(jsonData.count / 1_024) KiB of \
      JSON), \(days) days from \(from): \(occurrences) occurrences, \(stages) stage instants
      median of \(rounds) rounds, ms:
        JSONDecoder decode only (baseline)     \(Self.format(baselineMedian))
        repayd read + validate                 \(Self.format(Self.median(read)))
          of which the TOML parse alone        \(Self.format(Self.median(parse)))
        repayd expand the schedule             \(Self.format(Self.median(expand)))
        repayd total                           \(Self.format(oursMedian))
        ratio of the medians                   \(Self.format(oursMedian / baselineMedian))
        median of the rounds' ratios           \(Self.format(roundRatio))   goal: <= 1.00
        ratio TOML parse / baseline            \(Self.format(Self.median(parse) / baselineMedian))
        total under 150 ms                     \(oursMedian < 150 ? "yes" : "NO")
      """)
    let name = "read, check and expand \(loans) loans"
    return [
      Measure(
        name: name + ", median of the rounds' ratios", value: roundRatio, unit: "x",
        goal: "at most 1 x JSONDecoder",
        met: roundRatio <= 1),
      Measure(
        name: name, value: oursMedian, unit: "ms", baseline: baselineMedian, goal: "under 150 ms",
        met: oursMedian < 150),
    ]
  }

  private static func median(_ values: [Double]) -> Double { values.median }

  private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
