/// The issue's goals for the timer wheel, each checked against the measurements and reported
/// with its ratio to the limit.
struct WheelGoals {
  /// Everything measured in one run.
  let measurements: [TimerMeasurement]

  /// The payload every structure stores per entry (an `Int`); the rest is index overhead.
  static let payloadBytes = 8.0

  /// One line per goal: met or missed, the figure, the limit and their ratio.
  var lines: [String] {
    let wheel = measurements.filter { $0.structure == WheelTimers.name }
    guard let smallest = wheel.min(by: { $0.size < $1.size }),
      let largest = wheel.max(by: { $0.size < $1.size })
    else { return [] }
    let at = "at \(ResultsTable.grouped(largest.size)) entries"
    var lines = [
      line("insert p50 \(at) <= 100 ns", largest.insert.p50, atMost: 100),
      line("cancel p50 \(at) <= 100 ns", largest.cancel.p50, atMost: 100),
      line(
        "insert p50 \(at) <= 1.5 x p50 at \(ResultsTable.grouped(smallest.size))",
        ratio(largest.insert.p50, smallest.insert.p50), atMost: 1.5),
      line(
        "cancel p50 \(at) <= 1.5 x p50 at \(ResultsTable.grouped(smallest.size))",
        ratio(largest.cancel.p50, smallest.cancel.p50), atMost: 1.5),
      line(
        "index overhead (bytes/entry - 8-byte payload) \(at) <= 48 bytes",
        largest.bytesPerEntry - Self.payloadBytes, atMost: 48),
    ]
    // Dispatch may have been measured at fewer sizes: compare at the largest size it has.
    let dispatch = measurements.filter { $0.structure == DispatchSourceTimers.name }
    let comparable = wheel.compactMap { entry in dispatch.first { $0.size == entry.size }.map { (entry, $0) }
    }
    if let (wheelEntry, sourceEntry) = comparable.max(by: { $0.0.size < $1.0.size }) {
      lines.append(
        line(
          "Dispatch source bytes/entry at \(ResultsTable.grouped(wheelEntry.size)) entries >= 10 x the wheel's",
          sourceEntry.bytesPerEntry / wheelEntry.bytesPerEntry, atLeast: 10))
    }
    return lines
  }

  private func line(_ goal: String, _ value: Double?, atMost limit: Double) -> String {
    line(goal, value, limit: limit, met: value.map { $0 <= limit })
  }

  private func line(_ goal: String, _ value: Double?, atLeast limit: Double) -> String {
    line(goal, value, limit: limit, met: value.map { $0 >= limit })
  }

  private func line(_ goal: String, _ value: Double?, limit: Double, met: Bool?) -> String {
    guard let value, let met else { return "  n/a     \(goal): not measured" }
    let figure = ResultsTable.decimal(value, places: 2)
    let share = ResultsTable.decimal(value / limit * 100, places: 0)
    return "  \(met ? "met   " : "MISSED")  \(goal): \(figure) (\(share)% of the limit)"
  }

  private func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
    guard let numerator, let denominator else { return nil }
    return numerator / denominator
  }
}
