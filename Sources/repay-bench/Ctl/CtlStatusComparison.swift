import Foundation

/// The whole-process wall time of `repayctl status` against a running repayd, from
/// `posix_spawn` to `waitpid`, and in the same runs, in turn with it: `repay-minimal` (a Swift
/// program that prints a line, built the same way), `repayctl --version` (repayctl's start-up
/// without the round trip) and `/bin/true` (starting a process at all). Each run starts with a
/// different program, so that none always follows another's exit.
struct CtlStatusComparison {
  /// `repayctl`, `repay-minimal`, beside `repay-bench`.
  let repayctl: String
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

    /// The table: median and p90 of each program, the ratio of the medians of `repayctl status`
    /// and `repay-minimal` against the goal (issue 9: at most 1.5), and the differences that
    /// split repayctl's time into start-up and round trip.
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
        let version = median(Self.version)
      {
        let ratio = status / minimal
        text += String(
          format: "  ratio status / minimal: %.2fx (goal: at most 1.5x) %@\n", ratio,
          ratio <= 1.5 ? "MET" : "NOT MET")
        text += String(
          format: "  repayctl's start-up (--version - minimal): %+.1f ms; round trip and output "
            + "(status - --version): %+.1f ms\n", version - minimal, status - version)
      }
      return text + failures.map { "  FAILURE: \($0)\n" }.joined()
    }

    private func format(_ value: Double) -> String { String(format: "%8.2f", value) }

    static let status = "repayctl status (against repayd)"
    static let minimal = "repay-minimal (prints a line)"
    static let version = "repayctl --version"
    static let binTrue = "/bin/true"
    static let order = [status, minimal, version, binTrue]
  }

  func run() throws -> Result {
    var result = Result()
    let programs = [
      (Result.status, repayctl, ["status"]), (Result.minimal, minimal, []),
      (Result.version, repayctl, ["--version"]),
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
