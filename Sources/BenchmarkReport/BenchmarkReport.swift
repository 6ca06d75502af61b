import Foundation

/// The one report of `repay-bench all` (issue 24): every comparison's measures in one table and
/// one JSON document, and the exit status, which says whether every measurement could be made,
/// never whether a goal was met: a missed goal is a finding to record, a broken measurement is a
/// fault to fix.
public struct BenchmarkReport: Encodable, Sendable {
  /// Whether the short run (`--quick`: fewer rounds and sizes) made it.
  public let quick: Bool
  /// When the run started, ISO 8601.
  public let started: String
  /// The 1, 5 and 15 minute load averages at the start, as /proc/loadavg says.
  public let loadAverageStart: String
  /// The same at the end.
  public let loadAverageEnd: String
  /// The comparisons, in the order they ran.
  public let comparisons: [ComparisonOutcome]

  /// A report as described above.
  public init(
    quick: Bool, started: String, loadAverageStart: String, loadAverageEnd: String,
    comparisons: [ComparisonOutcome]
  ) {
    self.quick = quick
    self.started = started
    self.loadAverageStart = loadAverageStart
    self.loadAverageEnd = loadAverageEnd
    self.comparisons = comparisons
  }

  /// The comparisons that broke.
  public var broken: [ComparisonOutcome] { comparisons.filter { $0.error != nil } }

  /// 0 when every comparison ran to its end, whatever its goals; 1 when one broke.
  public var exitStatus: Int32 { broken.isEmpty ? 0 : 1 }

  /// The measures with a goal, met and missed.
  public var goalCounts: (met: Int, missed: Int) {
    let withGoal = comparisons.flatMap(\.measures).filter { $0.goal != nil }
    let met = withGoal.count { $0.met }
    return (met, withGoal.count - met)
  }

  private enum CodingKeys: String, CodingKey {
    case quick, started
    case loadAverageStart = "load_average_start"
    case loadAverageEnd = "load_average_end"
    case
      comparisons
    case goalsMet = "goals_met"
    case goalsMissed = "goals_missed"
    case broken
  }

  /// The JSON document: the fields above, the goal counts and the names of the broken comparisons.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(quick, forKey: .quick)
    try container.encode(started, forKey: .started)
    try container.encode(loadAverageStart, forKey: .loadAverageStart)
    try container.encode(loadAverageEnd, forKey: .loadAverageEnd)
    try container.encode(comparisons, forKey: .comparisons)
    try container.encode(goalCounts.met, forKey: .goalsMet)
    try container.encode(goalCounts.missed, forKey: .goalsMissed)
    try container.encode(broken.map(\.name), forKey: .broken)
  }

  /// The JSON document, pretty-printed with sorted keys, so that two runs diff line by line.
  public func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  /// The table: one row a measure (comparison, measure, value, baseline, goal, verdict), then a
  /// row for each broken comparison and the counts.
  public var table: String {
    var rows = [["comparison", "measure", "value", "baseline", "goal", "verdict"]]
    for comparison in comparisons {
      for measure in comparison.measures {
        rows.append([
          comparison.name, measure.name, Self.figure(measure.value, measure.unit),
          measure.baseline.map { Self.figure($0, measure.unit) } ?? "-", measure.goal ?? "-",
          measure.goal == nil ? "recorded" : measure.met ? "met" : "MISSED",
        ])
      }
      if let error = comparison.error {
        rows.append([comparison.name, "BROKEN: \(error)", "", "", "", "BROKEN"])
      }
    }
    let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    let lines = rows.map { row in
      zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
        .joined(separator: "  ").trimmingTrailingSpaces()
    }
    let counts = goalCounts
    return
      (lines + [
        "",
        "goals met: \(counts.met), missed: \(counts.missed); comparisons broken: \(broken.count) of \(comparisons.count)",
        "load average at the start: \(loadAverageStart); at the end: \(loadAverageEnd)",
      ]).joined(separator: "\n")
  }

  /// A value with its unit, with as many decimals as its size needs.
  static func figure(_ value: Double, _ unit: String) -> String {
    guard value.isFinite else { return "n/a" }
    let magnitude = abs(value)
    let places =
      magnitude >= 100 || value == value.rounded() ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
    return String(format: "%.\(places)f", value) + (unit.isEmpty ? "" : " " + unit)
  }
}

extension String {
  /// The string without the spaces that padding left at its end.
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
