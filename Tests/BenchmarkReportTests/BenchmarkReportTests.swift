import BenchmarkReport
import Foundation
import Testing

/// The one report of `repay-bench all`: its JSON shape and its exit status (issue 24, item 3).
struct BenchmarkReportTests {
  private static func report(_ comparisons: [ComparisonOutcome]) -> BenchmarkReport {
    BenchmarkReport(
      quick: true, started: "2026-01-01T00:00:00Z", loadAverageStart: "1.00 0.50 0.20",
      loadAverageEnd: "2.00 1.00 0.40", comparisons: comparisons)
  }

  private static let missed = Measure.atMost(
    1.5, name: "status / minimal", value: 1.8, unit: "x", baseline: 1, goal: "at most 1.5 x")
  private static let met = Measure.atLeast(
    20, name: "engine / Foundation", value: 31, unit: "x", baseline: 1, goal: "at least 20 x")
  private static let recorded = Measure(name: "occurrences", value: 151_299, unit: "count")

  private static func object(_ report: BenchmarkReport) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
  }

  @Test("every measure in the JSON has name, value, unit, baseline, goal and met, null where absent")
  func measureShape() throws {
    let report = Self.report([
      ComparisonOutcome(name: "ctl", seconds: 3, measures: [Self.missed, Self.met, Self.recorded])
    ])
    let comparisons = try #require(try Self.object(report)["comparisons"] as? [[String: Any]])
    let measures = try #require(comparisons.first?["measures"] as? [[String: Any]])
    #expect(measures.count == 3)
    for measure in measures {
      #expect(Set(measure.keys).isSuperset(of: ["name", "value", "unit", "baseline", "goal", "met"]))
      #expect(measure["met"] is Bool)
    }
    #expect(measures[0]["name"] as? String == "status / minimal")
    #expect(measures[0]["value"] as? Double == 1.8)
    #expect(measures[0]["unit"] as? String == "x")
    #expect(measures[0]["baseline"] as? Double == 1)
    #expect(measures[0]["goal"] as? String == "at most 1.5 x")
    #expect(measures[0]["met"] as? Bool == false)
    #expect(measures[1]["met"] as? Bool == true)
    #expect(measures[2]["baseline"] is NSNull)
    #expect(measures[2]["goal"] is NSNull)
    #expect(measures[2]["met"] as? Bool == true)
  }

  @Test("a value that is not finite (a ratio to a zero baseline) is null, and the JSON still writes")
  func notFinite() throws {
    let report = Self.report([
      ComparisonOutcome(
        name: "ctl", seconds: 1, measures: [Measure(name: "ratio", value: .infinity, unit: "x", baseline: 0)])
    ])
    let comparisons = try #require(try Self.object(report)["comparisons"] as? [[String: Any]])
    let measures = try #require(comparisons.first?["measures"] as? [[String: Any]])
    #expect(measures.first?["value"] is NSNull)
  }

  @Test("missed goals leave the exit status 0; a broken measurement makes it non-zero")
  func exitStatus() throws {
    let missedOnly = Self.report([ComparisonOutcome(name: "ctl", seconds: 3, measures: [Self.missed])])
    #expect(missedOnly.exitStatus == 0)
    #expect(missedOnly.goalCounts.missed == 1)
    let broken = Self.report([
      ComparisonOutcome(name: "ctl", seconds: 3, measures: [Self.met]),
      ComparisonOutcome(name: "daemon", seconds: 60, measures: [], error: "repayd: no READY=1 within 60 s"),
    ])
    #expect(broken.exitStatus != 0)
    let object = try Self.object(broken)
    #expect(object["broken"] as? [String] == ["daemon"])
    let comparisons = try #require(object["comparisons"] as? [[String: Any]])
    #expect(comparisons[0]["error"] is NSNull)
    #expect(comparisons[1]["error"] as? String == "repayd: no READY=1 within 60 s")
  }

  @Test("the table has one row a measure with its verdict, and a row for a broken comparison")
  func table() {
    let table = Self.report([
      ComparisonOutcome(name: "ctl", seconds: 3, measures: [Self.missed, Self.met, Self.recorded]),
      ComparisonOutcome(name: "daemon", seconds: 60, measures: [], error: "no READY=1"),
    ]).table
    let lines = table.split(separator: "\n")
    #expect(lines.contains { $0.contains("status / minimal") && $0.contains("MISSED") })
    #expect(lines.contains { $0.contains("engine / Foundation") && $0.hasSuffix("met") })
    #expect(lines.contains { $0.contains("occurrences") && $0.hasSuffix("recorded") })
    #expect(lines.contains { $0.contains("daemon") && $0.contains("BROKEN: no READY=1") })
    #expect(table.contains("goals met: 1, missed: 1; comparisons broken: 1 of 2"))
  }
}
