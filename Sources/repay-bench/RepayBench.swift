import ArgumentParser

/// `repay-bench`: the benchmarks behind docs/performance.md.
///
/// Each subcommand measures one part against its baseline in the same run and prints the
/// ratios, since this machine is shared and absolute times vary. Build with `-c release`.
@main
struct RepayBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repay-bench",
    abstract: "Benchmarks of repayd's parts against their baselines, measured in one run.",
    discussion: "Build in release mode: swift run -c release repay-bench SUBCOMMAND",
    subcommands: [
      AllBenchmark.self,
      CalendarBenchmark.self, ClientsBenchmark.self, CtlBenchmark.self, DaemonBenchmark.self,
      IcsBenchmark.self,
      LatenessBenchmark.self, PlanBenchmark.self,
      RemindBenchmark.self, ScaleBenchmark.self, ScheduleBenchmark.self,
      WheelBenchmark.self, TickingWheelCommand.self,
      ControlBenchmark.self,
    ])
}
