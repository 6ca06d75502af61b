/// One quantity of `repay-bench scale` at growing loan counts, turned into measures by issue 24's
/// rules.
///
/// Linear growth: the first point (1,000 loans in the full run) is the fixed part and is only
/// recorded; every later point, less that fixed part, is at most 1.05 times the step's growth in
/// loans times the point before (10.5 times for the tenfold steps). The fixed part is
/// taken off the later point only: a cost `F + a × n` passes at every step, while a cost that
/// grows with `n²` or a start-up that is 12 times the step before fails.
public struct ScaleCurve: Sendable {
  /// The goal a curve is held to.
  public enum Rule: Sendable {
    /// At most linear growth, as above.
    case linear
    /// Zero at every size (idle wake-ups).
    case zero
    /// No goal: the figures are recorded.
    case recorded
  }

  /// The quantity, e.g. "start-up to READY=1".
  public let series: String
  /// The unit of the values.
  public let unit: String
  /// The goal.
  public let rule: Rule
  /// (loans, value), in ascending order of loans.
  public let points: [(size: Int, value: Double)]

  /// A curve as described above; `points` must be in ascending order of loans.
  public init(series: String, unit: String, rule: Rule, points: [(size: Int, value: Double)]) {
    precondition(zip(points, points.dropFirst()).allSatisfy { $0.size < $1.size }, "points out of order")
    self.series = series
    self.unit = unit
    self.rule = rule
    self.points = points
  }

  /// One measure a point, named "SERIES at N loans", with the series and size for the chart.
  public var measures: [Measure] {
    points.indices.map { index in
      let (size, value) = points[index]
      let name = "\(series) at \(Self.grouped(size)) loans"
      switch rule {
      case .recorded:
        return Measure(name: name, value: value, unit: unit, series: series, size: size)
      case .zero:
        return Measure(
          name: name, value: value, unit: unit, goal: "0", met: value == 0, series: series, size: size)
      case .linear:
        guard index > 0 else {
          return Measure(name: name, value: value, unit: unit, series: series, size: size)
        }
        let fixed = points[0]
        let before = points[index - 1]
        let factor = 1.05 * Double(size) / Double(before.size)
        return Measure(
          name: name, value: value, unit: unit, baseline: before.value,
          goal: "minus the \(Self.grouped(fixed.size))-loan figure, at most "
            + "\(Self.trimmed(factor)) x the \(Self.grouped(before.size))-loan figure",
          met: value - fixed.value <= factor * before.value, series: series, size: size)
      }
    }
  }

  /// 1000000 as "1,000,000".
  public static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    return String(
      digits.enumerated().flatMap { offset, digit in
        offset > 0 && (digits.count - offset) % 3 == 0 ? [",", digit] : [digit]
      })
  }

  /// 10.5 as "10.5" and 10.0 as "10".
  private static func trimmed(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
  }
}
