import ArgumentParser
import BenchmarkReport
import Foundation

/// `repay-bench all`: every comparison in one run and one report (issue 24): a table on standard
/// output, each comparison's own report on standard error as it runs, and with `--json` every
/// measure with its baseline, goal and verdict. Exits non-zero only when a measurement broke
/// (a comparison threw), never for a missed goal.
struct AllBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "all",
    abstract: "Every comparison in one run: one table, one JSON report.",
    discussion: """
      Needs every program the comparisons run built beside repay-bench in the same configuration \
      (scripts/build-release --bench builds them all). Runs the comparisons one after the other, \
      each with the arguments listed in AllBenchmark.comparisons (fewer rounds and sizes with \
      --quick); a comparison that breaks is reported and the others still run. Exit status 0 \
      when every comparison ran to its end, whether or not its goals were met; 1 when one broke.
      """)

  @Flag(help: "Fewer rounds and sizes: a smoke run of a few minutes, as CI runs it.")
  var quick = false

  @Option(help: "Write the report as JSON to this file.")
  var json: String?

  @Option(
    parsing: .upToNextOption,
    help: "Run only these comparisons (by subcommand name); all of them when not given.")
  var only: [String] = []

  /// The comparisons, in the order they run; adding one is adding its entry.
  static let comparisons: [ComparisonEntry] = [
    ComparisonEntry(ScheduleBenchmark.self, quick: ["--rounds", "3"]),
    ComparisonEntry(CalendarBenchmark.self, quick: ["--runs", "1", "--rounds", "1"]),
    ComparisonEntry(IcsBenchmark.self, quick: ["--runs", "3", "--loans", "1000"]),
    ComparisonEntry(PlanBenchmark.self, quick: ["--runs", "5"]),
    ComparisonEntry(CtlBenchmark.self, quick: ["--runs", "5"]),
    ComparisonEntry(
      WheelBenchmark.self,
      quick: ["--sizes", "10000", "100000", "--rounds", "100", "--dispatch-max-size", "10000"]),
    ComparisonEntry(LatenessBenchmark.self, quick: ["--pending", "100000", "--rounds", "1", "--near", "30"]),
    ComparisonEntry(DaemonBenchmark.self, quick: ["--runs", "3", "--seconds", "5", "--loans", "1000"]),
    ComparisonEntry(ClientsBenchmark.self, quick: ["--seconds", "2", "--clients", "20"]),
    ComparisonEntry(
      ControlBenchmark.self,
      quick: ["--seconds", "1", "--notices", "2000", "--fire-seconds", "2", "--start-seconds", "3"]),
    ComparisonEntry(
      RemindBenchmark.self, full: ["--loans", "1000", "10000", "--rounds", "3"],
      quick: ["--loans", "200", "--rounds", "1"]),
    ComparisonEntry(ScaleBenchmark.self, quick: ScaleBenchmark.quickArguments),
  ]

  func validate() throws {
    let unknown = Set(only).subtracting(Self.comparisons.map(\.name))
    guard unknown.isEmpty else {
      throw ValidationError("no comparison named \(unknown.sorted().joined(separator: ", "))")
    }
  }

  func run() throws {
    let started = ISO8601DateFormatter().string(from: Date())
    let loadAverageStart = DaemonBenchmark.loadAverage()
    var outcomes: [ComparisonOutcome] = []
    for entry in Self.comparisons where only.isEmpty || only.contains(entry.name) {
      let arguments = quick ? entry.quick : entry.full
      FileHandle.standardError.write(
        Data("== repay-bench \(([entry.name] + arguments).joined(separator: " "))\n".utf8))
      let start = Date()
      do {
        let measures = try StandardOutputDiversion.run { try entry.measure(arguments) }
        outcomes.append(
          ComparisonOutcome(name: entry.name, seconds: Date().timeIntervalSince(start), measures: measures))
      } catch {
        FileHandle.standardError.write(Data("error: \(entry.name): \(error)\n".utf8))
        outcomes.append(
          ComparisonOutcome(
            name: entry.name, seconds: Date().timeIntervalSince(start), measures: [], error: "\(error)"))
      }
    }
    let report = BenchmarkReport(
      quick: quick, started: started, loadAverageStart: loadAverageStart,
      loadAverageEnd: DaemonBenchmark.loadAverage(), comparisons: outcomes)
    print(report.table)
    if let json {
      try report.json().write(to: URL(fileURLWithPath: json))
    }
    if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
  }
}
