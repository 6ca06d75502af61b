import Foundation
import RepayCore

/// `repay-bench remind`'s measurement: the next 90 days of a household's reminders computed by
/// `repayctl schedule --json` and by `remind -sa3`, whole process against whole process, in
/// turn, `rounds` times each; then both outputs compared one for one.
struct RemindComparison {
  let household: RemindHousehold
  let rounds: Int
  /// `repayctl` (its front, which runs `repayctl-commands` beside it).
  let repayctl: String
  /// `remind`.
  let remind: String
  /// An empty folder for the household and the outputs.
  let folder: String

  /// What one measurement found.
  struct Result {
    /// Wall milliseconds of each round, in the order run.
    let repaydMilliseconds: [Double]
    let remindMilliseconds: [Double]
    let comparison: InstantComparison
    /// The smallest ratio remind / repayd that meets the goal: 10 from 10,000 loans, else 3.
    let goal: Double

    /// remind's median over repayd's: how many times faster repayd is.
    var ratio: Double { remindMilliseconds.median / repaydMilliseconds.median }
    /// Whether repayd is at least `goal` times faster.
    var met: Bool { ratio >= goal }

    /// The table for people, with the first `shown` differences of each kind.
    func report(loans: Int, shown: Int = 10) -> String {
      let explained = comparison.differences.filter { $0.reason != nil }
      let reasons = Dictionary(grouping: explained, by: { $0.reason! }).sorted { $0.key < $1.key }
      var text = """
        Against remind: \(loans) loans, \(RemindHousehold.windowDays) days from \(RemindHousehold.windowStart), \
        whole process, median of \(repaydMilliseconds.count) rounds (ms):
          repayctl schedule --json           \(String(format: "%10.1f", repaydMilliseconds.median))
          remind -sa3                        \(String(format: "%10.1f", remindMilliseconds.median))
          ratio remind / repayd              \(String(format: "%10.2f", ratio))x   goal: at least \
        \(String(format: "%.0f", goal))x \(met ? "MET" : "NOT MET")
        Reminders: remind \(comparison.remindCount), repayd \(comparison.repaydCount), identical \(comparison.identical), \
        differing for a named reason \(explained.count), unexplained \(comparison.unexplained.count)

        """
      for (reason, differences) in reasons {
        text += "  \(differences.count) differ by \(reason), e.g.:\n"
        text += differences.prefix(shown).map { "    \($0.sides)\n" }.joined()
      }
      if !comparison.unexplained.isEmpty {
        text += "  UNEXPLAINED (first \(shown)):\n"
        text += comparison.unexplained.prefix(shown).map { "    \($0.sides)\n" }.joined()
      }
      return text
    }
  }

  /// Runs the measurement; throws when a process fails or an output cannot be read, never for a
  /// missed goal.
  func run() throws -> Result {
    let config = folder + "/repayd.toml"
    let script = folder + "/household.rem"
    try household.toml(holidayFileName: "holidays.txt").write(
      toFile: config, atomically: true, encoding: .utf8)
    try household.holidayList.write(toFile: folder + "/holidays.txt", atomically: true, encoding: .utf8)
    try RemindScript(household).text.write(toFile: script, atomically: true, encoding: .utf8)

    // repayctl lists occurrences by due date with all their stages, so its window reaches back
    // over the longest grace and overdue offset and ahead over the longest advance offset; the
    // reminders outside the 90 days are dropped after the timing.
    let policies = household.loans.map(\.policy)
    let back = (household.loans.map(\.graceDays).max() ?? 0) + (policies.flatMap(\.overdue).max() ?? 0)
    let ahead = policies.flatMap(\.before).max() ?? 0
    let start = RemindHousehold.windowStart
    let repaydArguments = [
      "schedule", "--config", config, "--json", "--from", "\(start.advanced(by: -back))",
      "--days", "\(back + RemindHousehold.windowDays + ahead)",
    ]
    let remindArguments = ["-b2", "-sa3", script, "\(start)"]
    let environment = [
      "TZ": RemindHousehold.zone, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": folder,
    ]
    let repaydOutput = folder + "/repayctl.out"
    let remindOutput = folder + "/remind.out"
    var repaydTimes: [Double] = []
    var remindTimes: [Double] = []
    for round in 0..<rounds {
      // Alternating which goes first keeps either from always following the other's exit.
      let order = [(repayctl, repaydArguments, repaydOutput), (remind, remindArguments, remindOutput)]
      for (executable, arguments, output) in round % 2 == 0 ? order : order.reversed() {
        let milliseconds = try Self.timed(executable, arguments, environment: environment, output: output)
        if executable == repayctl {
          repaydTimes.append(milliseconds)
        } else {
          remindTimes.append(milliseconds)
        }
      }
    }
    let zone = try TimeZoneRules(
      identifier: RemindHousehold.zone,
      tzif: Array(try Data(contentsOf: URL(fileURLWithPath: "/usr/share/zoneinfo/" + RemindHousehold.zone))))
    let window = start..<start.advanced(by: RemindHousehold.windowDays)
    let comparison = InstantComparison(
      remind: try RemindCalendarReading.instants(try String(contentsOfFile: remindOutput, encoding: .utf8)),
      repayd: try ScheduleJSONReading.instants(
        try String(contentsOfFile: repaydOutput, encoding: .utf8), zone: zone, window: window),
      quietHours: RemindHousehold.quietHours)
    return Result(
      repaydMilliseconds: repaydTimes, remindMilliseconds: remindTimes, comparison: comparison,
      goal: household.loans.count >= 10_000 ? 10 : 3)
  }

  /// Runs `executable` once, its output (standard output and error) to a fresh `output`: the
  /// wall milliseconds from `posix_spawn` to `waitpid`; throws when it does not exit 0.
  private static func timed(
    _ executable: String, _ arguments: [String], environment: [String: String], output: String
  ) throws -> Double {
    try? FileManager.default.removeItem(atPath: output)
    let child = try ChildProcess(executable, arguments, environment: environment, outputPath: output)
    let end = child.wait()
    guard end.status == 0 else {
      let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
      throw ValidationFailure(
        "\(executable) \(arguments.joined(separator: " ")) exited \(end.status): \(printed.prefix(500))")
    }
    return Double(end.ended - child.spawned) / 1_000_000
  }
}
