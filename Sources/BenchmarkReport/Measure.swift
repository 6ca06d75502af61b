/// One figure of a benchmark run as `repay-bench all` reports it (issue 24): what was measured,
/// its value and unit, the baseline measured beside it in the same run (nil when the goal is an
/// absolute figure of this machine), the goal in words (nil when the figure is only recorded),
/// and whether the goal was met (a figure only recorded has nothing to miss: met).
///
/// In JSON the six fields are always present, `baseline` and `goal` as null when absent and a
/// value that is not finite (a ratio to a zero baseline) as null. A point of a scale curve also
/// names its `series` and loan count (`size`), which the chart script reads.
public struct Measure: Encodable, Equatable, Sendable {
  /// What was measured, unique within its comparison.
  public let name: String
  /// The figure.
  public let value: Double
  /// The unit of `value` and of `baseline`: "ms", "MiB", "x" (a ratio), "count".
  public let unit: String
  /// The same quantity of the baseline, measured in the same run.
  public let baseline: Double?
  /// The goal, in words (e.g. "at most 1.5 x the baseline").
  public let goal: String?
  /// Whether `value` meets `goal`.
  public let met: Bool
  /// The curve this figure is a point of (`repay-bench scale`), e.g. "start-up to READY=1".
  public let series: String?
  /// The loans at this point of the curve.
  public let size: Int?

  /// A figure with a goal, or only recorded when `goal` is nil (then `met` must be true).
  public init(
    name: String, value: Double, unit: String, baseline: Double? = nil, goal: String? = nil, met: Bool = true,
    series: String? = nil, size: Int? = nil
  ) {
    precondition(goal != nil || met, "a figure without a goal cannot miss it")
    self.name = name
    self.value = value
    self.unit = unit
    self.baseline = baseline
    self.goal = goal
    self.met = met
    self.series = series
    self.size = size
  }

  /// A figure whose goal is an upper limit: met when `value` is at most `limit`.
  public static func atMost(
    _ limit: Double, name: String, value: Double, unit: String, baseline: Double? = nil, goal: String
  ) -> Measure {
    Measure(name: name, value: value, unit: unit, baseline: baseline, goal: goal, met: value <= limit)
  }

  /// A figure whose goal is a lower limit: met when `value` is at least `limit`.
  public static func atLeast(
    _ limit: Double, name: String, value: Double, unit: String, baseline: Double? = nil, goal: String
  ) -> Measure {
    Measure(name: name, value: value, unit: unit, baseline: baseline, goal: goal, met: value >= limit)
  }

  private enum CodingKeys: String, CodingKey {
    case name, value, unit, baseline, goal, met, series, size
  }

  /// The JSON object described above.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(value.isFinite ? value : nil, forKey: .value)
    try container.encode(unit, forKey: .unit)
    try container.encode(baseline.flatMap { $0.isFinite ? $0 : nil }, forKey: .baseline)
    try container.encode(goal, forKey: .goal)
    try container.encode(met, forKey: .met)
    try container.encodeIfPresent(series, forKey: .series)
    try container.encodeIfPresent(size, forKey: .size)
  }
}
