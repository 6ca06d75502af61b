import ArgumentParser
import BenchmarkReport

/// A subcommand that `repay-bench all` can run: it prints its report as it does on its own and
/// returns its figures as measures, each with its goal checked.
protocol MeasuredBenchmark: ParsableCommand {
  /// Runs the benchmark, printing its report, and returns its figures; throws when a measurement
  /// cannot be made (a program missing, a daemon that never became ready), never for a missed goal.
  func measures() throws -> [Measure]
}
