import BenchmarkReport
import Foundation

/// Start-up to `READY=1`: the real repayd on the generated household, from `posix_spawn` to the
/// arrival of its `READY=1` datagram, each run with a fresh state directory; and in the same
/// runs, alternating the order, the cost of starting a process at all: `repay-idle` (the same
/// libraries) to its `READY=1`, `repayd --version` to its exit, and `/bin/true` to its exit.
struct StartupComparison {
  let binaries: DaemonBinaries
  let configuration: String
  let root: String
  let runs: Int
  /// How long repayd may take to say READY=1 before the run counts as failed.
  var readyTimeoutMilliseconds = 60_000

  /// Milliseconds per run of each program, and what repayd said in its last `STATUS=`.
  struct Result {
    var repayd: [Double] = []
    var repayIdle: [Double] = []
    var repaydVersion: [Double] = []
    var binTrue: [Double] = []
    var status: String?
    var failures: [String] = []

    /// The number of notices ahead that repayd's `STATUS=` line gives ("… (123 ahead)").
    var pending: Int? { RepaydStatus.pending(in: status) }

    /// repayd's median start-up (goal: at most 300 ms), beside repay-idle's.
    var measures: [Measure] {
      guard !repayd.isEmpty, !repayIdle.isEmpty else { return [] }
      return [
        .atMost(
          300, name: "start-up to READY=1", value: repayd.median, unit: "ms", baseline: repayIdle.median,
          goal: "at most 300 ms")
      ]
    }

    /// The table rows: program, median, p90.
    var report: String {
      func row(_ name: String, _ samples: [Double]) -> String {
        guard !samples.isEmpty else { return "  \(name)  no sample\n" }
        let padded = name.padding(toLength: 44, withPad: " ", startingAt: 0)
        return "  \(padded)\(format(samples.median)) \(format(samples.percentile(0.9)))\n"
      }
      let goal = repayd.isEmpty ? "no sample" : repayd.median <= 300 ? "MET" : "NOT MET"
      return "Start-up, ms (median, p90 of \(repayd.count) runs):\n"
        + row("repayd to READY=1 (goal: at most 300 ms)", repayd)
        + row("repay-idle to READY=1 (same libraries)", repayIdle)
        + row("repayd --version to exit", repaydVersion)
        + row("/bin/true to exit", binTrue)
        + "  goal \(goal); repayd's status at READY: \(status ?? "none")\n"
        + failures.map { "  FAILURE: \($0)\n" }.joined()
    }

    private func format(_ value: Double) -> String { String(format: "%8.1f", value) }
  }

  func run() throws -> Result {
    var result = Result()
    for index in 0..<runs {
      // Alternate which side goes first, so that neither always follows the other's exit.
      if index % 2 == 0 {
        try daemon(index, into: &result)
        try baselines(index, into: &result)
      } else {
        try baselines(index, into: &result)
        try daemon(index, into: &result)
      }
    }
    return result
  }

  private func daemon(_ index: Int, into result: inout Result) throws {
    let directory = root + "/startup-\(index)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let socket = try NotifySocket(path: directory + "/notify")
    let child = try ChildProcess(
      binaries.repayd, ["--config", configuration, "--state-dir", directory + "/state"],
      environment: DaemonEnvironment.forChild(notifySocket: socket.path, home: directory),
      outputPath: directory + "/repayd.log")
    guard let ready = socket.awaitReady(timeoutMilliseconds: readyTimeoutMilliseconds) else {
      let status = child.terminate()
      result.failures.append(
        "repayd run \(index): no READY=1 within \(readyTimeoutMilliseconds / 1_000) s (exit \(status); see \(directory))"
      )
      return
    }
    result.repayd.append(Double(ready.arrived - child.spawned) / 1_000_000)
    result.status = ready.status
    let status = child.terminate()
    if status != 0 { result.failures.append("repayd run \(index): SIGTERM gave exit \(status), not 0") }
  }

  private func baselines(_ index: Int, into result: inout Result) throws {
    let directory = root + "/startup-\(index)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let socket = try NotifySocket(path: directory + "/notify-idle")
    let idle = try ChildProcess(
      binaries.repayIdle, [],
      environment: DaemonEnvironment.forChild(notifySocket: socket.path, home: directory),
      outputPath: directory + "/repay-idle.log")
    if let ready = socket.awaitReady(timeoutMilliseconds: 60_000) {
      result.repayIdle.append(Double(ready.arrived - idle.spawned) / 1_000_000)
    } else {
      result.failures.append("repay-idle run \(index): no READY=1 within 60 s")
    }
    idle.terminate()
    for (executable, arguments, keyPath) in [
      (binaries.repayd, ["--version"], \Result.repaydVersion), ("/bin/true", [], \Result.binTrue),
    ] {
      let child = try ChildProcess(
        executable, arguments, environment: DaemonEnvironment.forChild(notifySocket: nil, home: directory),
        outputPath: directory + "/baseline.log")
      let end = child.wait()
      if end.status != 0 { result.failures.append("\(executable) \(arguments) exit \(end.status)") }
      result[keyPath: keyPath].append(Double(end.ended - child.spawned) / 1_000_000)
    }
  }
}
