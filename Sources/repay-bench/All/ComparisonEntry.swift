import BenchmarkReport

/// One comparison that `repay-bench all` runs: a measured subcommand with the arguments of the
/// full run and of the quick one (`--quick`: fewer rounds and sizes, for CI's smoke run).
struct ComparisonEntry: Sendable {
  /// The subcommand's name.
  let name: String
  /// The subcommand's own arguments for the full run.
  let full: [String]
  /// Its arguments for the quick run.
  let quick: [String]
  /// Parses `arguments` as the subcommand's and runs its measurement.
  let measure: @Sendable ([String]) throws -> [Measure]

  /// The entry of `benchmark`, parsed from its arguments as on the command line, so that the
  /// arguments in the list are what one would type to run it alone.
  init<Benchmark: MeasuredBenchmark>(_ benchmark: Benchmark.Type, full: [String] = [], quick: [String]) {
    name = Benchmark.configuration.commandName ?? "\(benchmark)"
    self.full = full
    self.quick = quick
    measure = { try Benchmark.parse($0).measures() }
  }
}
