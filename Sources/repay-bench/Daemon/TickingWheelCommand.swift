import ArgumentParser
import Dispatch
import TimerWheel

#if canImport(Glibc)
  import Glibc
#endif

/// `repay-bench ticking-wheel`: the naive design that repayd's idle wake-ups are compared with,
/// run by `repay-bench daemon` as a child process so that it is measured as repayd is (its
/// threads in /proc). It holds as many entries as repayd, all hours away, on the same timing
/// wheel, and advances the wheel on a 100 ms `DispatchSourceTimer` whether anything is due or
/// not, as a driver without an exact next deadline must. Not for use by hand.
struct TickingWheelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ticking-wheel",
    abstract: "The 100 ms ticking wheel, the baseline of `repay-bench daemon` (run by it).",
    shouldDisplay: false)

  @Option(help: "Pending entries, all at least five hours away.")
  var entries = 10_000

  @Option(help: "The notify socket to send READY=1 to once the wheel is filled and ticking.")
  var notify: String?

  func run() throws {
    let ticker = Ticker(entries: entries, now: Self.nowMilliseconds())
    let source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "ticking-wheel"))
    source.setEventHandler { ticker.tick(Self.nowMilliseconds()) }
    source.schedule(
      deadline: .now() + .milliseconds(100), repeating: .milliseconds(100), leeway: .milliseconds(1))
    source.activate()
    if let notify { NotifySocket.send("READY=1", to: notify) }
    withExtendedLifetime(source) { dispatchMain() }
  }

  private static func nowMilliseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int64(time.tv_sec) * 1_000 + Int64(time.tv_nsec) / 1_000_000
  }

  /// The wheel, touched only on the timer's serial queue after it is filled.
  private final class Ticker: @unchecked Sendable {
    private var wheel: TimerWheel<Int>
    private var expired: [TimerWheel<Int>.Expired] = []

    init(entries: Int, now: Int64) {
      wheel = TimerWheel(now: now)
      var random = SplitMix64(seed: 1)
      let fiveHours: Int64 = 5 * 3_600_000
      let sixtyDays: UInt64 = 60 * 86_400_000
      for id in 0..<entries {
        wheel.insert(id, deadline: now + fiveHours + Int64(random.next() % sixtyDays))
      }
    }

    func tick(_ now: Int64) {
      expired.removeAll(keepingCapacity: true)
      wheel.advance(to: now, into: &expired)
    }
  }
}
