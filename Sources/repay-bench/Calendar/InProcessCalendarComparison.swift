import BenchmarkReport
import Foundation
import RepayConfig
import RepayCore

/// Next-elapse computations per second, ours against Foundation's `Calendar.nextDate`, on the
/// same expressions from the same base time, in the same process.
struct InProcessCalendarComparison {
  let zone: String
  let rounds: Int

  struct Result {
    let oursPerSecond: Double
    let foundationPerSecond: Double
    let disagreements: Int

    /// Our rate against Foundation's (goal: at least 20 times).
    var measures: [Measure] {
      [
        .atLeast(
          20 * foundationPerSecond, name: "next elapses, in process", value: oursPerSecond, unit: "per s",
          baseline: foundationPerSecond, goal: "at least 20 x Foundation's Calendar.nextDate")
      ]
    }

    var report: String {
      let ratio = oursPerSecond / foundationPerSecond
      return """
        In process, next elapse of each expression (median of the rounds):
          repayd engine           \(Int(oursPerSecond)) per second
          Foundation nextDate     \(Int(foundationPerSecond)) per second
          ratio                   \(String(format: "%.1f", ratio))x (goal: at least 20x) \(ratio >= 20 ? "MET" : "NOT MET")
          answers that differ     \(disagreements) of \(CalendarBenchmarkMix.entries.count) (Foundation resolves DST gaps its own way)

        """
    }
  }

  func run() throws -> Result {
    let context = try SystemCalendarContext(environment: ["TZ": zone])
    let parsing = CalendarParsingContext(localAbbreviations: [], isValidTimeZone: { _ in false })
    let specs = try CalendarBenchmarkMix.entries.map {
      try CalendarSpec(parsing: $0.expression, context: parsing)
    }
    let base: Int64 = 1_795_000_000
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: zone)!
    let baseDate = Date(timeIntervalSince1970: TimeInterval(base))

    var ours: [Int64] = []
    var foundation: [Date?] = []
    var ourRates: [Double] = []
    var foundationRates: [Double] = []
    for _ in 0..<rounds {
      let clock = SystemdCalendarClock(localZone: context.localZone)
      let start = ContinuousClock.now
      ours = specs.map { spec in
        (try? clock.elapses(of: spec, after: base * 1_000_000, count: 1).get().first) ?? -1
      }
      ourRates.append(Double(specs.count) / (ContinuousClock.now - start).seconds)

      let foundationStart = ContinuousClock.now
      foundation = CalendarBenchmarkMix.entries.map {
        calendar.nextDate(after: baseDate, matching: $0.components, matchingPolicy: .nextTime)
      }
      foundationRates.append(Double(specs.count) / (ContinuousClock.now - foundationStart).seconds)
    }
    let disagreements = zip(ours, foundation).filter { ours, theirs in
      theirs.map { Int64($0.timeIntervalSince1970) * 1_000_000 } != ours
    }.count
    return Result(
      oursPerSecond: ourRates.sorted()[rounds / 2], foundationPerSecond: foundationRates.sorted()[rounds / 2],
      disagreements: disagreements)
  }
}

extension Duration {
  /// The duration in seconds, as a floating-point number for rates.
  var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
