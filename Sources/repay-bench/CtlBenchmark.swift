import ArgumentParser
import BenchmarkReport
import Foundation

/// `repay-bench ctl`: the whole-process wall time of `repayctl status` against a running repayd
/// (on a small generated household) against `repay-minimal`, a Swift program that only prints a
/// line, built the same way, in the same run. Goal (issue 9): at most 1.5 times. The full command
/// set's status is timed beside them.
struct CtlBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "ctl",
    abstract: "repayctl status against a running repayd, against a minimal Swift program.",
    discussion: """
      Needs repayd, repayctl, repayctl-commands and repay-minimal built beside repay-bench in \
      the same configuration: swift build -c release --product repayd (and --product repayctl, \
      --product repayctl-commands, --product repay-minimal, --product repay-bench). Starts \
      repayd on a generated household of LOANS loans in a private runtime directory and waits \
      for READY=1; then RUNS rounds of repayctl status, repay-minimal, repayctl-commands status, \
      repayctl --version and /bin/true, each timed from posix_spawn to waitpid; then stops \
      repayd.
      """)

  @Option(help: "Rounds of the five programs (median and p90 of each).")
  var runs = 101

  @Option(help: "Loans in the household repayd runs on.")
  var loans = 10

  @Flag(help: "Keep the temporary folder (configuration, state, logs) instead of removing it.")
  var keep = false

  func validate() throws {
    guard runs > 0, loans > 0 else { throw ValidationError("--runs and --loans must be positive") }
  }

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().path
    let repayd = folder + "/repayd"
    let repayctl = folder + "/repayctl"
    let commands = folder + "/repayctl-commands"
    let minimal = folder + "/repay-minimal"
    for path in [repayd, repayctl, commands, minimal]
    where !FileManager.default.isExecutableFile(atPath: path) {
      throw ValidationFailure(
        "\(path) is missing: build it beside repay-bench, e.g. swift build -c release --product "
          + URL(fileURLWithPath: path).lastPathComponent)
    }
    let root = try RunFolder.make(prefix: "repay-bench-ctl")
    defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }
    let household = try IdleHousehold(loans: loans, directory: root, name: "household.toml")
    // repayd's socket (and its instance lock) in a runtime directory of its own.
    let runtime = root + "/runtime"
    try FileManager.default.createDirectory(
      atPath: runtime, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    let socket = try NotifySocket(path: root + "/notify")
    var daemonEnvironment = DaemonEnvironment.forChild(notifySocket: socket.path, home: root)
    daemonEnvironment["XDG_RUNTIME_DIR"] = runtime
    let daemon = try ChildProcess(
      repayd, ["--config", household.path, "--state-dir", root + "/state"], environment: daemonEnvironment,
      outputPath: root + "/repayd.log")
    defer { daemon.terminate() }
    guard socket.awaitReady(timeoutMilliseconds: 60_000) != nil else {
      throw ValidationFailure("repayd: no READY=1 within 60 s (see \(root)/repayd.log)")
    }
    var environment = DaemonEnvironment.forChild(notifySocket: nil, home: root)
    environment["REPAYD_ADDRESS"] = "unix:" + runtime + "/repayd/control.sock"
    print(
      """
      repayctl benchmark: \(repayctl) against \(repayd) on \(loans) loans (zone \(household.zone))
      load average at the start: \(DaemonBenchmark.loadAverage())

      """)
    let result = try CtlStatusComparison(
      repayctl: repayctl, commands: commands, minimal: minimal, environment: environment,
      outputPath: root + "/children.log",
      runs: runs
    ).run()
    print(result.report)
    print("load average at the end: \(DaemonBenchmark.loadAverage())")
    guard result.failures.isEmpty else { throw ValidationFailure(result.failures.joined(separator: "; ")) }
    return result.measures
  }
}
