import Foundation
import RepayCore
import RepayTestSupport
import Testing

/// `repayctl analyze-calendar` on the real binary, against `systemd-analyze calendar` itself.
@Suite(.serialized)
struct AnalyzeCalendarCommandTests {
  static let expressions = [
    "Mon..Fri *-*-* 9:30", "daily UTC", "*-*~01 20:00", "quarterly", "*-*-* 00:00:00 Asia/Shanghai",
  ]

  /// Runs `systemd-analyze calendar` with the same arguments.
  private func systemd(_ arguments: [String], zone: String) throws -> (status: Int32, output: String) {
    let outcome = try ChildProcess.run(
      "/usr/bin/systemd-analyze", ["calendar"] + arguments,
      environment: ["TZ": zone, "PATH": "/usr/bin:/bin", "SYSTEMD_COLORS": "0"])
    return (outcome.status, outcome.standardOutput)
  }

  /// The output without the "From now" lines, which depend on the moment each tool ran.
  private func withoutRelativeTimes(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("From now:") }
      .joined(separator: "\n")
  }

  @Test(
    "the human output is systemd-analyze's, line for line",
    arguments: ["Europe/Berlin", "UTC", "Australia/Lord_Howe"])
  func humanOutput(zone: String) throws {
    let arguments = ["--iterations=3", "--base-time=@1795000000"] + Self.expressions
    let ours = try RepayctlProcess.run(["analyze-calendar"] + arguments, environment: ["TZ": zone])
    let theirs = try systemd(arguments, zone: zone)
    #expect(ours.status == 0)
    #expect(withoutRelativeTimes(ours.standardOutput) == withoutRelativeTimes(theirs.output))
    #expect(ours.standardOutput.contains("From now:"))
  }

  @Test("--json prints one array in the fixed shape; instants in UTC with Z")
  func json() throws {
    let outcome = try RepayctlProcess.run(
      [
        "analyze-calendar", "--json", "--iterations", "2", "--base-time", "2026-11-18T09:46:40Z",
        "*-*-10 09:30", "nonsense",
      ],
      environment: ["TZ": "Asia/Shanghai"])
    #expect(outcome.status == 1)
    let parsed = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]]
    let results = try #require(parsed)
    #expect(results.count == 2)
    #expect(results[0]["original"] as? String == "*-*-10 09:30")
    #expect(results[0]["normalized"] as? String == "*-*-10 09:30:00")
    #expect(results[0]["elapses"] as? [String] == ["2026-12-10T01:30:00Z", "2027-01-10T01:30:00Z"])
    #expect(results[1]["original"] as? String == "nonsense")
    #expect((results[1]["error"] as? String)?.contains("column 1") == true)
    #expect(results[1]["elapses"] == nil)
  }

  @Test("an invalid expression: message on stderr with its column, the others still printed, exit 1")
  func invalidExpression() throws {
    let outcome = try RepayctlProcess.run(
      ["analyze-calendar", "--base-time=@1795000000", "*-13-01", "daily"], environment: ["TZ": "UTC"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("'*-13-01'") && outcome.standardError.contains("column 3"))
    #expect(outcome.standardOutput.contains("Normalized form: *-*-* 00:00:00"))
  }

  @Test("a TZ that names no zone is an error naming it, in the user's language")
  func unknownLocalZone() throws {
    let outcome = try RepayctlProcess.run(["analyze-calendar", "daily"], environment: ["TZ": "Nowhere/Zone"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("Nowhere/Zone"))
    let chinese = try RepayctlProcess.run(
      ["analyze-calendar", "daily"], lang: "zh_CN.UTF-8", environment: ["TZ": "Nowhere/Zone"])
    #expect(chinese.standardError.contains("无法使用本地时区"))
  }

  @Test("expressions before and after -- are all evaluated, in the order given")
  func terminator() throws {
    let outcome = try RepayctlProcess.run(
      ["analyze-calendar", "--json", "--base-time=@1795000000", "daily", "--", "weekly", "-1", "monthly"],
      environment: ["TZ": "UTC"])
    let parsed = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]]
    let results = try #require(parsed)
    #expect(results.map { $0["original"] as? String } == ["daily", "weekly", "-1", "monthly"])
    #expect(results[2]["error"] != nil)
    #expect(outcome.status == 1)
  }

  @Test("a bad --base-time is a usage error (exit 2)")
  func badBaseTime() throws {
    let outcome = try RepayctlProcess.run(["analyze-calendar", "--base-time", "tomorrow", "daily"])
    #expect(outcome.status == 2)
    #expect(outcome.standardError.contains("--base-time"))
  }
}
