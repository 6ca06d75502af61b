import BenchmarkReport
import Foundation

/// The whole-process wall time of `repayctl status` (answered by repayctl's front) against a
/// running repayd, from `posix_spawn` to `waitpid`, and in the same runs, in turn with it:
/// `repay-minimal` (a Swift program that prints a line, built the same way), `repayctl-commands
/// status` (the same status from the full command set, as every status was before the front),
/// `repayctl --version` (the front handing over to the full command set) and `/bin/true`
/// (starting a process at all). Each run starts with a different program, so that none always
/// follows another's exit.
struct CtlStatusComparison {
  /// `repayctl`, `repayctl-commands`, `repay-minimal`, beside `repay-bench`.
  let repayctl: String
  let commands: String
  let minimal: String
  /// The environment of every child: the daemon's address in `REPAYD_ADDRESS`.
  let environment: [String: String]
  /// Where the children's output goes (one file, appended to).
  let outputPath: String
  let runs: Int

  /// Milliseconds per run of each program, and what went wrong.
  struct Result {
    var samples: [String: [Double]] = [:]
    var failures: [String] = []

    /// `repayctl status` against repay-minimal (goal: at most 1.5 times), medians.
    var measures: [Measure] {
      guard let status = samples[Self.status], let minimal = samples[Self.minimal], !status.isEmpty,
        !minimal.isEmpty
      else { return [] }
      return [
        .atMost(
          1.5 * minimal.median, name: "repayctl status, whole process", value: status.median, unit: "ms",
          baseline: minimal.median, goal: "at most 1.5 x repay-minimal")
      ]
    }

    /// The table: median and p90 of each program, the ratio of the medians of `repayctl status`
    /// and `repay-minimal` against the goal (issue 9: at most 1.5), the same ratio for the full
    /// command set's status, and the differences that split the time.
    var report: String {
      func median(_ name: String) -> Double? {
        samples[name].flatMap { $0.isEmpty ? nil : $0.median }
      }
      var text = "Whole process, ms (median, p90 of \(samples[Self.status]?.count ?? 0) runs):\n"
      for name in Self.order {
        guard let values = samples[name], !values.isEmpty else {
          text += "  \(name)  no sample\n"
          continue
        }
        let padded = name.padding(toLength: 38, withPad: " ", startingAt: 0)
        text += "  \(padded)\(format(values.median)) \(format(values.percentile(0.9)))\n"
      }
      if let status = median(Self.status), let minimal = median(Self.minimal),
        let fullStatus = median(Self.fullStatus)
      {
        let ratio = status / minimal
        text += String(
          format: "  ratio status / minimal: %.2fx (goal: at most 1.5x) %@\n", ratio,
          ratio <= 1.5 ? "MET" : "NOT MET")
        text += String(
          format: "  ratio of the full command set's status / minimal: %.2fx\n", fullStatus / minimal)
        text += String(
          format: "  the front's start-up, round trip and output (status - minimal): %+.1f ms; what the "
            + "front saves (full set's status - status): %+.1f ms\n", status - minimal, fullStatus - status)
      }
      return text + failures.map { "  FAILURE: \($0)\n" }.joined()
    }

    private func format(_ value: Double) -> String { String(format: "%8.2f", value) }

    static let status = "repayctl status (the front)"
    static let fullStatus = "repayctl-commands status (the full set)"
    static let minimal = "repay-minimal (prints a line)"
    static let version = "repayctl --version (front, then full set)"
    static let binTrue = "/bin/true"
    static let order = [status, minimal, fullStatus, version, binTrue]
  }

  func run() throws -> Result {
    var result = Result()
    let programs = [
      (Result.status, repayctl, ["status"]), (Result.minimal, minimal, []),
      (Result.fullStatus, commands, ["status"]), (Result.version, repayctl, ["--version"]),
      (Result.binTrue, "/bin/true", []),
    ]
    for index in 0..<runs {
      for offset in 0..<programs.count {
        let (name, executable, arguments) = programs[(index + offset) % programs.count]
        let child = try ChildProcess(executable, arguments, environment: environment, outputPath: outputPath)
        let end = child.wait()
        if end.status != 0 { result.failures.append("\(name), run \(index): exit \(end.status)") }
        result.samples[name, default: []].append(Double(end.ended - child.spawned) / 1_000_000)
      }
    }
    return result
  }
}
