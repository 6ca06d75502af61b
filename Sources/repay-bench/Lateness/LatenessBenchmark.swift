import ArgumentParser
import Dispatch
import RepayCore
import RepayDaemon
import Systemd

/// `repay-bench lateness`: how late the daemon's timer path fires near notices while a million
/// more are pending hours away, against a bare CLOCK_REALTIME timerfd loop in the same process
/// (the floor). Goal: p99 at most 1 ms late, and never early.
struct LatenessBenchmark: ParsableCommand {
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

  func run() throws {
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
    let p99 = ours.sorted()[ours.count * 99 / 100]
    print(
      """
      Goals:
        \(p99 <= 1_000 ? "met   " : "MISSED") p99 at most 1 ms late: \(p99) µs
        \(ours.allSatisfy { $0 >= 0 } ? "met   " : "MISSED") never early: \(ours.count { $0 < 0 }) early
      """)
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
