import BenchmarkReport

/// The issue's goals for the timer wheel, each checked against the measurements and reported
/// with its ratio to the limit.
///
/// Cancel is held to an absolute figure of this machine (p50 at 1M at most 100 ns, issue 24):
/// the goal it had beside it, at most 1.5 times its p50 at 10,000, measured this VM's memory
/// latency rather than the design (a cancel at 1M reaches three random places in 32 MB), and its
/// ratio is now only recorded.
struct WheelGoals {
  /// Everything measured in one run.
  let measurements: [TimerMeasurement]

  /// The payload every structure stores per entry (an `Int`); the rest is index overhead.
  static let payloadBytes = 8.0

  /// One measure per goal, and the cancel ratio recorded; empty when the wheel was not measured.
  var measures: [Measure] {
    let wheel = measurements.filter { $0.structure == WheelTimers.name }
    guard let smallest = wheel.min(by: { $0.size < $1.size }),
      let largest = wheel.max(by: { $0.size < $1.size })
    else { return [] }
    let at = "at \(ResultsTable.grouped(largest.size)) entries"
    let small = ResultsTable.grouped(smallest.size)
    // A figure not measured (no batch) is NaN: shown as n/a, its goal missed.
    let (insert, insertSmall) = (largest.insert.p50 ?? .nan, smallest.insert.p50 ?? .nan)
    let (cancel, cancelSmall) = (largest.cancel.p50 ?? .nan, smallest.cancel.p50 ?? .nan)
    var measures: [Measure] = [
      .atMost(100, name: "wheel insert p50 \(at)", value: insert, unit: "ns", goal: "at most 100 ns"),
      .atMost(100, name: "wheel cancel p50 \(at)", value: cancel, unit: "ns", goal: "at most 100 ns"),
      .atMost(
        1.5 * insertSmall, name: "wheel insert p50 \(at), against \(small)", value: insert, unit: "ns",
        baseline: insertSmall, goal: "at most 1.5 x its p50 at \(small)"),
      Measure(
        name: "wheel cancel p50 \(at), against \(small)", value: cancel, unit: "ns",
        baseline: cancelSmall),
      .atMost(
        48, name: "wheel index overhead \(at) (bytes/entry less the 8-byte payload)",
        value: largest.bytesPerEntry - Self.payloadBytes, unit: "bytes", goal: "at most 48 bytes"),
    ]
    // Dispatch may have been measured at fewer sizes: compare at the largest size it has.
    let dispatch = measurements.filter { $0.structure == DispatchSourceTimers.name }
    let comparable = wheel.compactMap { entry in dispatch.first { $0.size == entry.size }.map { (entry, $0) }
    }
    if let (wheelEntry, sourceEntry) = comparable.max(by: { $0.0.size < $1.0.size }) {
      measures.append(
        .atMost(
          sourceEntry.bytesPerEntry / 10,
          name: "wheel bytes/entry at \(ResultsTable.grouped(wheelEntry.size)) entries",
          value: wheelEntry.bytesPerEntry, unit: "bytes", baseline: sourceEntry.bytesPerEntry,
          goal: "at most 1/10 of a Dispatch source each"))
    }
    return measures
  }

  /// One line per measure: met, missed or recorded, the figure, and its share of the limit.
  var lines: [String] {
    measures.map { measure in
      let figure = ResultsTable.decimal(measure.value, places: 2)
      guard let goal = measure.goal else {
        let against = measure.baseline.map { " (\(ResultsTable.decimal(measure.value / $0, places: 2)) x)" }
        return "  recorded  \(measure.name): \(figure) \(measure.unit)\(against ?? "")"
      }
      return "  \(measure.met ? "met     " : "MISSED  ")  \(measure.name) \(goal): \(figure) \(measure.unit)"
    }
  }
}
