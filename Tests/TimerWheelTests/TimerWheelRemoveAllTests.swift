import PropertyBased
import Testing

@testable import TimerWheel

/// Removing the entries a rule names, without handles (`removeAll(where:)`).
struct TimerWheelRemoveAllTests {
  @Test("the entries the rule names leave; the others expire as before, in their order")
  func removesWhatTheRuleNames() {
    var wheel = TimerWheel<Int>(now: 0)
    // Deadlines spread over the levels and the overflow, two entries on some deadlines, so that
    // the order among equal deadlines shows.
    let deadlines: [Int64] = [5, 5, 70, 70, 4_000, 300_000, 20_000_000, 1 << 40, 1 << 40, 0]
    for (payload, deadline) in deadlines.enumerated() { wheel.insert(payload, deadline: deadline) }
    #expect(wheel.removeAll { $0.isMultiple(of: 3) } == 4)
    #expect(wheel.count == 6)
    #expect(wheel.nextDeadline == 5)
    let expired = wheel.advance(to: .max / 4)
    #expect(expired.map(\.payload) == [1, 2, 4, 5, 7, 8])
    #expect(expired.map(\.deadline) == [5, 70, 4_000, 300_000, 1 << 40, 1 << 40])
  }

  @Test("removing every entry of a slot empties it: the next deadline is the next slot's")
  func emptiedSlotsAreNotReported() {
    var wheel = TimerWheel<String>(now: 100)
    wheel.insert("a", deadline: 150)
    wheel.insert("b", deadline: 150)
    wheel.insert("c", deadline: 9_000)
    #expect(wheel.removeAll { $0 != "c" } == 2)
    #expect(wheel.nextDeadline == 9_000)
    #expect(wheel.next?.payload == "c")
    #expect(wheel.advance(to: 8_999).isEmpty)
    #expect(wheel.advance(to: 9_000).map(\.payload) == ["c"])
  }

  @Test("a removed entry's handle is stale, and its storage is reused")
  func handlesGoStale() {
    var wheel = TimerWheel<Int>(now: 0)
    let kept = wheel.insert(1, deadline: 10)
    let removed = wheel.insert(2, deadline: 20)
    #expect(wheel.removeAll { $0 == 2 } == 1)
    #expect(wheel.cancel(removed) == nil)
    let reused = wheel.insert(3, deadline: 30)
    #expect(reused.node == removed.node)
    #expect(wheel.cancel(kept) == 1)
    #expect(wheel.advance(to: 100).map(\.payload) == [3])
  }

  @Test("with generated entries and rules, what is left expires as a sorted array of it would")
  func matchesSortedArray() async {
    await propertyCheck(
      count: 2_000, input: Gen.int(in: 0...40).array(of: 0...300), Gen.uint64().array(of: 300...300),
      Gen.int(in: 2...6)
    ) { scales, bits, modulus in
      var wheel = TimerWheel<Int>(now: 0)
      var model: [(deadline: Int64, payload: Int)] = []
      for (payload, scale) in scales.enumerated() {
        // Distances of every scale, from the finest slots to the overflow.
        let deadline = Int64(bits[payload] % (UInt64(1) << UInt64(scale)))
        wheel.insert(payload, deadline: deadline)
        model.append((deadline, payload))
      }
      let removed = wheel.removeAll { $0 % modulus == 0 }
      model.removeAll { $0.payload % modulus == 0 }
      #expect(removed == scales.count - model.count)
      #expect(wheel.count == model.count)
      // Equal deadlines stay in insertion order, which is the payloads' order here.
      let expected = model.enumerated().sorted {
        ($0.element.deadline, $0.offset) < ($1.element.deadline, $1.offset)
      }
      #expect(wheel.advance(to: 1 << 41).map(\.payload) == expected.map(\.element.payload))
    }
  }
}
