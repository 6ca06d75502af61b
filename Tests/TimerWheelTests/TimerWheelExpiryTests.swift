import PropertyBased
import Testing
import TimerWheel

/// When entries expire, in which order, and what `nextDeadline` says meanwhile.
struct TimerWheelExpiryTests {
  /// 2026-01-01T00:00:00Z in Unix milliseconds, the kind of tick repayd uses.
  static let start: Int64 = 1_767_225_600_000
  static let hour: Int64 = 3_600_000
  static let day: Int64 = 24 * hour

  @Test("an empty wheel has no next deadline and advancing it returns nothing")
  func empty() {
    var wheel = TimerWheel<Int>(now: Self.start)
    #expect(wheel.isEmpty)
    #expect(wheel.nextDeadline == nil)
    #expect(wheel.advance(to: Self.start + Self.day).isEmpty)
    #expect(wheel.now == Self.start + Self.day)
  }

  @Test(
    "an entry expires at its deadline and not one tick before, and nextDeadline is that exact tick",
    arguments: [
      1, 2, 63, 64, 65, 4_095, 4_096, 4_097, 262_145, 3_600_017, 16_777_217, 7_776_000_003,
      68_719_476_737, 10 * 365 * 86_400_000 + 5,
    ] as [Int64])
  func expiresExactly(after distance: Int64) {
    var wheel = TimerWheel<String>(now: Self.start)
    let deadline = Self.start + distance
    wheel.insert("x", deadline: deadline)
    #expect(wheel.nextDeadline == deadline)
    #expect(wheel.advance(to: deadline - 1).isEmpty)
    #expect(wheel.nextDeadline == deadline)
    #expect(wheel.count == 1)
    #expect(wheel.advance(to: deadline) == [.init(deadline: deadline, payload: "x")])
    #expect(wheel.isEmpty)
    #expect(wheel.nextDeadline == nil)
  }

  @Test("nextDeadline is the earliest deadline, not the start of the slot that holds it")
  func nextDeadlineIsExact() {
    var wheel = TimerWheel<Int>(now: 0)
    // 1,000,003 and 1,000,100 share a 4,096-tick slot whose start is 999,424.
    wheel.insert(1, deadline: 1_000_100)
    wheel.insert(2, deadline: 1_000_003)
    #expect(wheel.nextDeadline == 1_000_003)
    #expect(wheel.advance(to: 999_424).isEmpty)
    #expect(wheel.nextDeadline == 1_000_003)
    #expect(wheel.advance(to: 1_000_003).map(\.payload) == [2])
    #expect(wheel.nextDeadline == 1_000_100)
  }

  @Test("entries at the same tick expire together, in the order they were inserted")
  func sameTick() {
    var wheel = TimerWheel<Int>(now: 0)
    // The first two are filed in a coarse level, the others after the clock has come close,
    // in finer ones; they must still come out in insertion order.
    wheel.insert(1, deadline: 5_000)
    wheel.insert(2, deadline: 5_000)
    #expect(wheel.advance(to: 4_990).isEmpty)
    wheel.insert(3, deadline: 5_000)
    wheel.insert(0, deadline: 4_999)
    wheel.insert(4, deadline: 5_000)
    #expect(wheel.advance(to: 5_000).map(\.payload) == [0, 1, 2, 3, 4])
  }

  @Test("one advance across every level returns all that came due, in deadline order")
  func acrossAllLevels() {
    var wheel = TimerWheel<Int64>(now: Self.start)
    var generator = Xoshiro(seed: (7, 11, 13, 17))
    // Distances from 1 ms to about 9 years, a few at each power of two.
    let distances = (0..<38).flatMap { bit in
      (0..<4).map { _ in (Int64(1) << bit) + Int64(generator.next() % (UInt64(1) << bit)) }
    }
    for distance in distances {
      wheel.insert(distance, deadline: Self.start + distance)
    }
    let horizon = Self.start + (Int64(1) << 37)
    let expired = wheel.advance(to: horizon)
    let expected = distances.filter { Self.start + $0 <= horizon }.sorted()
    #expect(expired.map(\.payload) == expected)
    #expect(expired.allSatisfy { $0.deadline == Self.start + $0.payload })
    #expect(wheel.count == distances.count - expected.count)
    #expect(
      wheel.nextDeadline == distances.filter { Self.start + $0 > horizon }.min().map { Self.start + $0 })
  }

  @Test("a month asleep: one advance returns the month's entries in order and keeps the rest")
  func laptopAsleepForAMonth() {
    var wheel = TimerWheel<Int>(now: Self.start)
    // One reminder every hour and 17 ms for 60 days.
    let deadlines = (1...1_440).map { Self.start + Int64($0) * (Self.hour + 17) }
    for (number, deadline) in deadlines.enumerated() {
      wheel.insert(number, deadline: deadline)
    }
    let wake = Self.start + 30 * Self.day
    let expired = wheel.advance(to: wake)
    let dueCount = deadlines.filter { $0 <= wake }.count
    #expect(expired.map(\.payload) == Array(0..<dueCount))
    #expect(expired.map(\.deadline) == Array(deadlines.prefix(dueCount)))
    #expect(wheel.count == deadlines.count - dueCount)
    #expect(wheel.nextDeadline == deadlines[dueCount])
    #expect(wheel.advance(to: deadlines[dueCount]).map(\.payload) == [dueCount])
  }

  @Test("advancing tick by tick returns each entry exactly at its deadline")
  func tickByTick() {
    var wheel = TimerWheel<Int64>(now: 0)
    let deadlines: [Int64] = [1, 3, 64, 65, 127, 128, 4_095, 4_096, 4_160, 9_000]
    for deadline in deadlines {
      wheel.insert(deadline, deadline: deadline)
    }
    var seen: [Int64] = []
    for tick in 1...10_000 as ClosedRange<Int64> {
      for entry in wheel.advance(to: tick) {
        #expect(entry.deadline == tick)
        seen.append(entry.payload)
      }
    }
    #expect(seen == deadlines)
  }

  @Test("advance(to:into:) appends to what the buffer already holds")
  func appendsToBuffer() {
    var wheel = TimerWheel<Int>(now: 0)
    wheel.insert(1, deadline: 10)
    var expired: [TimerWheel<Int>.Expired] = [.init(deadline: -1, payload: 0)]
    wheel.advance(to: 10, into: &expired)
    #expect(expired == [.init(deadline: -1, payload: 0), .init(deadline: 10, payload: 1)])
  }

  @Test("the wheel is a value: advancing a copy leaves the original as it was")
  func valueSemantics() {
    var original = TimerWheel<Int>(now: 0)
    original.insert(1, deadline: 100)
    var copy = original
    #expect(copy.advance(to: 100).map(\.payload) == [1])
    #expect(original.count == 1)
    #expect(original.nextDeadline == 100)
    #expect(original.advance(to: 100).map(\.payload) == [1])
  }

  @Test("next is the entry the next advance returns first, wherever it is filed")
  func nextIsTheFirstToExpire() {
    var generator = SystemRandomNumberGenerator()
    for round in 0..<200 {
      var wheel = TimerWheel<Int>(now: Self.start)
      // Same-tick entries, a coarse slot's mixed deadlines, far ones in the overflow, some due.
      let spans: [Int64] = [0, 1, 64, 4_096, Self.hour, 90 * Self.day, 40 * 365 * Self.day]
      for index in 0..<(1 + round % 40) {
        let span = spans[Int.random(in: 0..<spans.count, using: &generator)]
        let deadline = Self.start + Int64.random(in: -5...span, using: &generator)
        wheel.insert(index, deadline: deadline)
      }
      wheel.advance(to: Self.start + Int64(round) * 1_000)
      while let next = wheel.next {
        #expect(next.deadline == wheel.nextDeadline)
        let expired = wheel.advance(to: max(wheel.now, next.deadline))
        #expect(expired.first?.payload == next.payload && expired.first?.deadline == next.deadline)
      }
    }
  }
}
