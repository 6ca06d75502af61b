import Testing

@testable import TimerWheel

/// Deadlines beyond the levels' range (the overflow), and the extremes of the tick type.
struct TimerWheelRangeTests {
  /// The levels' range: 2^42 ticks from the wheel's start.
  static let range: Int64 = 1 << 42
  static let year: Int64 = 31_557_600_000

  @Test(
    "every deadline up to ten years ahead has a slot in the levels, also a century after the start",
    arguments: [0, 1_767_225_600_000, -1, .min, .max - 120 * 31_557_600_000] as [Int64])
  func tenYearsFitInTheLevels(start: Int64) {
    var wheel = TimerWheel<Int>(now: start)
    for now in [start, start + 100 * Self.year] {
      _ = wheel.advance(to: now)
      for distance in stride(from: Int64(1), through: 10 * Self.year, by: Int(Self.year / 7)) {
        wheel.insert(0, deadline: now + distance)
      }
      wheel.insert(0, deadline: now + 10 * Self.year)
      #expect(wheel.index.lists[Int(WheelGeometry.overflowList)].head == .noNode)
    }
  }

  @Test("a deadline two hundred years ahead is kept, reported and expires exactly")
  func farFuture() {
    var wheel = TimerWheel<String>(now: 0)
    let deadline = 200 * Self.year + 3
    wheel.insert("far", deadline: deadline)
    wheel.insert("near", deadline: 10)
    #expect(wheel.count == 2)
    #expect(wheel.nextDeadline == 10)
    #expect(wheel.advance(to: 10).map(\.payload) == ["near"])
    #expect(wheel.nextDeadline == deadline)
    #expect(wheel.advance(to: deadline - 1).isEmpty)
    #expect(wheel.nextDeadline == deadline)
    #expect(wheel.advance(to: deadline).map(\.payload) == ["far"])
    #expect(wheel.isEmpty)
  }

  @Test("ten years ahead fits in the levels, and deadlines across the range's edge keep their order")
  func acrossTheRangeEdge() {
    var wheel = TimerWheel<Int64>(now: 0)
    let deadlines: [Int64] = [
      10 * Self.year, Self.range - 1, Self.range, Self.range + 1, 2 * Self.range + 5,
      3 * Self.range - 1,
    ]
    for deadline in deadlines.reversed() {
      wheel.insert(deadline, deadline: deadline)
    }
    #expect(wheel.nextDeadline == deadlines[0])
    #expect(wheel.advance(to: Self.range).map(\.payload) == Array(deadlines.prefix(3)))
    #expect(wheel.nextDeadline == Self.range + 1)
    #expect(wheel.advance(to: 2 * Self.range + 4).map(\.payload) == [Self.range + 1])
    #expect(wheel.nextDeadline == 2 * Self.range + 5)
    #expect(wheel.advance(to: .max).map(\.payload) == Array(deadlines.suffix(2)))
  }

  @Test("once the clock enters the range of an overflow entry, it is ordered with the others")
  func overflowEntersTheRange() {
    var wheel = TimerWheel<String>(now: 0)
    wheel.insert("was beyond", deadline: Self.range + 100)
    #expect(wheel.advance(to: Self.range + 1).isEmpty)
    wheel.insert("inserted after", deadline: Self.range + 200)
    wheel.insert("inserted before", deadline: Self.range + 50)
    #expect(wheel.nextDeadline == Self.range + 50)
    #expect(wheel.advance(to: Self.range + 50).map(\.payload) == ["inserted before"])
    #expect(wheel.nextDeadline == Self.range + 100)
    #expect(wheel.advance(to: Self.range + 300).map(\.payload) == ["was beyond", "inserted after"])
  }

  @Test("a cancelled overflow entry is gone")
  func cancelOverflow() {
    var wheel = TimerWheel<Int>(now: 0)
    let handle = wheel.insert(1, deadline: 500 * Self.year)
    wheel.insert(2, deadline: 600 * Self.year)
    #expect(wheel.cancel(handle) == 1)
    #expect(wheel.nextDeadline == 600 * Self.year)
    #expect(wheel.advance(to: .max).map(\.payload) == [2])
  }

  @Test("an advance that jumps far past the range re-files what is left of the overflow")
  func jumpBeyondTheRange() {
    var wheel = TimerWheel<Int>(now: 0)
    wheel.insert(1, deadline: 5 * Self.range)
    wheel.insert(2, deadline: 5 * Self.range + 64)
    #expect(wheel.advance(to: 5 * Self.range - 1).isEmpty)
    #expect(wheel.nextDeadline == 5 * Self.range)
    #expect(wheel.advance(to: 5 * Self.range + 63).map(\.payload) == [1])
    #expect(wheel.advance(to: 5 * Self.range + 64).map(\.payload) == [2])
  }

  @Test("the whole tick type works: from its minimum to its maximum")
  func extremes() {
    var wheel = TimerWheel<String>(now: .min)
    wheel.insert("max", deadline: .max)
    wheel.insert("zero", deadline: 0)
    wheel.insert("min", deadline: .min)
    wheel.insert("min + 1", deadline: .min + 1)
    #expect(wheel.nextDeadline == .min)
    #expect(wheel.advance(to: .min).map(\.payload) == ["min"])
    #expect(wheel.advance(to: -1).map(\.payload) == ["min + 1"])
    #expect(wheel.nextDeadline == 0)
    #expect(wheel.advance(to: .max - 1).map(\.payload) == ["zero"])
    #expect(wheel.advance(to: .max).map(\.payload) == ["max"])
  }
}
