import ArgumentParser
import BenchmarkReport
import Dispatch
import RepayCore
import RepayDaemon
import Systemd

/// `repay-bench lateness`: how late the daemon's timer path fires near notices while a million
/// more are pending hours away, against a bare CLOCK_REALTIME timerfd loop in the same process
/// (the floor). Goals (issue 24, where this machine sets the floor): p50 within 50 µs of the
/// floor's p50, p99 within 1 ms of the floor's p99, never early. The absolute "p99 at most 1 ms"
/// of issue 4 holds only on idle CPUs, which a shared VM does not have: its floor's p99 alone is
/// 2 to 3 ms.
struct LatenessBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "lateness",
    abstract: "Fire lateness of near notices with many pending, against a bare timerfd loop.")

  @Option(help: "Notices pending hours away.")
  var pending = 1_000_000

  @Option(help: "Near notices whose lateness is measured, per round and path.")
  var near = 100

  @Option(help: "Rounds; each measures the floor, then the daemon's path, so that both see the same load.")
  var rounds = 5

  @Option(help: "Milliseconds between near notices.")
  var spacing = 33

  @Option(help: "Seed of the spread of the pending notices.")
  var seed: UInt64 = 1

  func run() throws { _ = try measures() }

  func measures() throws -> [Measure] {
    let clock = SystemClock()
    let ahead = PendingNotices.make(count: pending, from: clock.now() + 3_600_000_000, seed: seed)
    var floor: [Int64] = []
    var ours: [Int64] = []
    for _ in 0..<rounds {
      floor += try TimerfdLoop.lateness(deadlines: nearDeadlines(clock), clock: clock)
      ours += WheelTimerPath.lateness(deadlines: nearDeadlines(clock), pending: ahead, clock: clock)
    }
    print(
      """
      Fire lateness: \(rounds) rounds of \(near) near notices \(spacing) ms apart per path, \(pending) more pending hours away; \
      microseconds late (negative: early)
        path                                     p50      p99      max    early
      """)
    for (name, sample) in [
      ("bare timerfd loop (floor)", floor), ("wheel + one Dispatch timer (repayd)", ours),
    ] {
      let sorted = sample.sorted()
      let line =
        name.padding(toLength: 38, withPad: " ", startingAt: 0)
        + [sorted[sorted.count / 2], sorted[sorted.count * 99 / 100], sorted.last!].map {
          String($0).leftPadded(to: 9)
        }.joined()
        + String(sample.count { $0 < 0 }).leftPadded(to: 9)
      print("  " + line)
    }
    let measures = Self.measures(ours: ours, floor: floor)
    print("Goals:")
    for measure in measures {
      print(
        "  \(measure.met ? "met   " : "MISSED") \(measure.name): \(Int(measure.value)) (\(measure.goal ?? ""))"
      )
    }
    return measures
  }

  /// The restated goals against the floor measured in the same run.
  private static func measures(ours: [Int64], floor: [Int64]) -> [Measure] {
    func percentile(_ sample: [Int64], _ hundredths: Int) -> Double {
      Double(sample.sorted()[sample.count * hundredths / 100])
    }
    let (p50, floorP50) = (percentile(ours, 50), percentile(floor, 50))
    let (p99, floorP99) = (percentile(ours, 99), percentile(floor, 99))
    return [
      .atMost(
        floorP50 + 50, name: "fire lateness p50", value: p50, unit: "µs", baseline: floorP50,
        goal: "within 50 µs of the bare timerfd's p50"),
      .atMost(
        floorP99 + 1_000, name: "fire lateness p99", value: p99, unit: "µs", baseline: floorP99,
        goal: "within 1 ms of the bare timerfd's p99"),
      .atMost(0, name: "notices fired early", value: Double(ours.count { $0 < 0 }), unit: "count", goal: "0"),
    ]
  }
}

extension LatenessBenchmark {
  /// `near` deadlines `spacing` ms apart from a second from now, on whole milliseconds, as the
  /// daemon's are (its instants are whole seconds).
  fileprivate func nearDeadlines(_ clock: SystemClock) -> [Int64] {
    let start = (clock.now() / 1_000 + 1_000) * 1_000
    return (0..<near).map { start + Int64($0 * spacing) * 1_000 }
  }
}

extension String {
  /// The string right-aligned in `width` columns.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
