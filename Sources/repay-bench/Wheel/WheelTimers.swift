import TimerWheel

/// The timer wheel under test, with the reusable buffer a driver would advance it into.
struct WheelTimers: VirtualClockTimers {
  static let name = "timer wheel"

  private var wheel: TimerWheel<Int>
  private var expired: [TimerWheel<Int>.Expired] = []

  /// An empty wheel whose time is `now`.
  init(now: Int64) {
    wheel = TimerWheel(now: now)
  }

  mutating func insert(_ id: Int, deadline: Int64) -> TimerWheel<Int>.Handle {
    wheel.insert(id, deadline: deadline)
  }

  mutating func cancel(_ handle: TimerWheel<Int>.Handle) {
    wheel.cancel(handle)
  }

  mutating func expire(through tick: Int64) -> Int {
    expired.removeAll(keepingCapacity: true)
    wheel.advance(to: tick, into: &expired)
    return expired.count
  }
}
