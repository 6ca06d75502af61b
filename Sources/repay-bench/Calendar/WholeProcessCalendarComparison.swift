import BenchmarkReport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The whole-process time of `repayctl analyze-calendar --iterations=100` on the mix against
/// `systemd-analyze calendar --iterations=100` on the same arguments, alternating the two, and
/// whether both print the same elapses.
struct WholeProcessCalendarComparison {
  let zone: String
  let runs: Int

  struct Result {
    let repayctlSeconds: Double
    let systemdSeconds: Double
    let elapsesCompared: Int
    let identical: Bool

    /// Our time against systemd-analyze's (goal: a tenth of it), and whether the elapses agree.
    var measures: [Measure] {
      [
        .atMost(
          systemdSeconds * 1_000 / 10, name: "analyze-calendar, whole process",
          value: repayctlSeconds * 1_000,
          unit: "ms", baseline: systemdSeconds * 1_000, goal: "at most 1/10 of systemd-analyze calendar"),
        Measure(
          name: "elapses compared with systemd-analyze", value: Double(elapsesCompared), unit: "count",
          goal: "all identical", met: identical),
      ]
    }

    var report: String {
      let ratio = systemdSeconds / repayctlSeconds
      return """
        Whole process, --iterations=100 on all expressions (median of the runs):
          repayctl analyze-calendar        \(String(format: "%.3f", repayctlSeconds)) s
          systemd-analyze calendar         \(String(format: "%.3f", systemdSeconds)) s
          ratio                            \(String(format: "%.1f", ratio))x (goal: at least 10x) \(ratio >= 10 ? "MET" : "NOT MET")
          elapses compared                 \(elapsesCompared), \(identical ? "all identical" : "SOME DIFFER")

        """
    }
  }

  func run() throws -> Result {
    let repayctl = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("repayctl")
    guard FileManager.default.isExecutableFile(atPath: repayctl.path) else {
      throw ValidationFailure("build repayctl beside repay-bench first: swift build -c release")
    }
    let arguments =
      ["--iterations=100", "--base-time=@1795000000", "--"] + CalendarBenchmarkMix.entries.map(\.expression)
    // Timed runs write to /dev/null, so that reading the pipe does not slow either tool; one more
    // run of each is captured for the comparison of what they print.
    var ourTimes: [Double] = []
    var theirTimes: [Double] = []
    for _ in 0..<runs {
      ourTimes.append(try timed(repayctl.path, ["analyze-calendar"] + arguments, capturing: false).seconds)
      theirTimes.append(
        try timed("/usr/bin/systemd-analyze", ["calendar"] + arguments, capturing: false).seconds)
    }
    let ourElapses = utcLines(
      try timed(repayctl.path, ["analyze-calendar"] + arguments, capturing: true).output)
    let theirElapses = utcLines(
      try timed("/usr/bin/systemd-analyze", ["calendar"] + arguments, capturing: true).output)
    return Result(
      repayctlSeconds: ourTimes.sorted()[runs / 2],
      systemdSeconds: theirTimes.sorted()[runs / 2],
      elapsesCompared: theirElapses.count,
      identical: ourElapses == theirElapses && !theirElapses.isEmpty)
  }

  private func utcLines(_ output: String) -> [Substring] {
    output.split(separator: "\n").filter { $0.contains("(in UTC):") }
  }

  /// Runs a tool once: its wall time, and what it printed when `capturing`.
  /// Runs a tool once: its wall time, and what it printed when `capturing`. Timed runs are
  /// started with `posix_spawn` and reaped with `waitpid`, because Foundation's `Process`
  /// notices the end of a child late enough to blur a tenth of a second.
  private func timed(
    _ executable: String, _ arguments: [String], capturing: Bool
  ) throws -> (seconds: Double, output: String) {
    let environment = ["TZ": zone, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SYSTEMD_COLORS": "0"]
    guard !capturing else {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = arguments
      process.environment = environment
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (0, String(decoding: data, as: UTF8.self))
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else { throw ValidationFailure("cannot start \(executable): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return ((ContinuousClock.now - start).seconds, "")
  }

}

/// A benchmark that cannot run as asked, with what to do about it.
struct ValidationFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
