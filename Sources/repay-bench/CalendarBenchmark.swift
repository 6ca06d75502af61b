import ArgumentParser
import BenchmarkReport
import Foundation
import RepayCore

/// `repay-bench calendar`: our calendar engine against its baselines, in one run.
///
/// 1. In-process: next-elapse computations per second for the fixed mix of 1,000 expressions,
///    against the same mix through Foundation's `Calendar.nextDate` (goal: 20 times faster).
/// 2. Whole process: `repayctl analyze-calendar --iterations=100` on the 1,000 expressions
///    against `systemd-analyze calendar --iterations=100` on the same (goal: 10 times faster),
///    after checking that the two print identical elapses.
struct CalendarBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "calendar",
    abstract: "Calendar engine against Foundation's Calendar.nextDate and against systemd-analyze.")

  @Option(help: "The zone both engines compute in.")
  var zone = "Europe/Berlin"

  @Option(help: "Whole-process runs of each tool; the median is reported.")
  var runs = 5

  @Option(help: "Rounds over the mix in the in-process comparison; the median round is reported.")
  var rounds = 7

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    print("Calendar benchmark: \(CalendarBenchmarkMix.entries.count) expressions, TZ=\(zone)\n")
    let inProcess = try InProcessCalendarComparison(zone: zone, rounds: rounds).run()
    print(inProcess.report)
    let wholeProcess = try WholeProcessCalendarComparison(zone: zone, runs: runs).run()
    print(wholeProcess.report)
    return inProcess.measures + wholeProcess.measures
  }
}
