import ArgumentParser
import BenchmarkReport
import Foundation

/// `repay-bench remind`: the next 90 days of a generated household's reminders computed by
/// `repayctl schedule --json` and by Debian's `remind`, whole process against whole process,
/// and compared one for one (`RemindComparison`). Goal: repayd at least 3 times faster at 1,000
/// loans and 10 times at 10,000, with the same dates and times where both can express the rule.
struct RemindBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "remind",
    abstract: "The next 90 days of reminders: repayctl schedule against remind on the same household.")

  @Option(parsing: .upToNextOption, help: "Loans in the generated household; one comparison per size given.")
  var loans = [1_000]

  @Option(help: "Rounds of each program; the median is reported.")
  var rounds = 5

  @Option(help: "The remind program.")
  var remind = "/usr/bin/remind"

  @Option(
    help:
      "A folder to write each size's household and both outputs to (a folder per size) and keep (default: temporary ones, removed)."
  )
  var keep: String?

  func validate() throws {
    guard !loans.isEmpty, loans.allSatisfy({ $0 >= 1 }), rounds >= 1 else {
      throw ValidationError("--loans and --rounds must be at least 1")
    }
  }

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    guard FileManager.default.isExecutableFile(atPath: remind) else {
      throw ValidationFailure("no \(remind): apt-get install remind (scripts/install-deps installs it)")
    }
    let repayctl = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("repayctl").path
    guard FileManager.default.isExecutableFile(atPath: repayctl) else {
      throw ValidationFailure(
        "build repayctl and repayctl-commands beside repay-bench first: swift build -c release --product repayctl"
      )
    }
    var measures: [Measure] = []
    for size in loans {
      let folder =
        (keep.map { "\($0)/\(size)" })
        ?? FileManager.default.temporaryDirectory.appendingPathComponent(
          "repay-bench-remind-\(getpid())-\(size)"
        ).path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
      let result = try RemindComparison(
        household: RemindHousehold(loans: size), rounds: rounds, repayctl: repayctl, remind: remind,
        folder: folder
      ).run()
      print(result.report(loans: size))
      measures += [
        Measure(
          name: "repayctl schedule --json against remind, \(size) loans, 90 days",
          value: result.repaydMilliseconds.median, unit: "ms", baseline: result.remindMilliseconds.median,
          goal: "at most 1/\(Int(result.goal)) of remind", met: result.met),
        Measure.atMost(
          0, name: "reminders differing from remind without a named reason, \(size) loans",
          value: Double(result.comparison.unexplained.count), unit: "reminders", goal: "0"),
      ]
    }
    return measures
  }
}
