import Testing

@testable import TimerWheel

/// Cancelling through handles, and what a stale handle does.
struct TimerWheelCancelTests {
  @Test("cancelling returns the payload; the entry never expires and no longer counts")
  func cancel() {
    var wheel = TimerWheel<String>(now: 0)
    let first = wheel.insert("first", deadline: 10)
    wheel.insert("second", deadline: 20)
    #expect(wheel.cancel(first) == "first")
    #expect(wheel.count == 1)
    // No tombstone: the cancelled deadline is not reported as the next one.
    #expect(wheel.nextDeadline == 20)
    #expect(wheel.advance(to: 100).map(\.payload) == ["second"])
  }

  @Test("cancelling twice, or after the entry expired, returns nil and changes nothing")
  func cancelStale() {
    var wheel = TimerWheel<Int>(now: 0)
    let cancelled = wheel.insert(1, deadline: 10)
    let expired = wheel.insert(2, deadline: 20)
    wheel.insert(3, deadline: 30)
    #expect(wheel.cancel(cancelled) == 1)
    #expect(wheel.cancel(cancelled) == nil)
    #expect(wheel.advance(to: 20).map(\.payload) == [2])
    #expect(wheel.cancel(expired) == nil)
    #expect(wheel.count == 1)
    #expect(wheel.nextDeadline == 30)
  }

  @Test("a stale handle never cancels the entry that reuses its storage")
  func staleHandleDoesNotAlias() {
    var wheel = TimerWheel<String>(now: 0)
    let old = wheel.insert("old", deadline: 10)
    #expect(wheel.cancel(old) == "old")
    let new = wheel.insert("new", deadline: 10)
    #expect(new.node == old.node)
    #expect(wheel.cancel(old) == nil)
    #expect(wheel.count == 1)
    #expect(wheel.cancel(new) == "new")
  }

  @Test("a handle of an expired entry never cancels a later one in the same storage")
  func expiredHandleDoesNotAlias() {
    var wheel = TimerWheel<String>(now: 0)
    let old = wheel.insert("old", deadline: 10)
    _ = wheel.advance(to: 10)
    let new = wheel.insert("new", deadline: 20)
    #expect(new.node == old.node)
    #expect(wheel.cancel(old) == nil)
    #expect(wheel.advance(to: 20).map(\.payload) == ["new"])
  }

  @Test("storage whose generations are used up is retired, never reused")
  func generationExhaustion() {
    var wheel = TimerWheel<String>(now: 0)
    let first = wheel.insert("first", deadline: 10)
    wheel.cancel(first)
    // Pretend the node has been reused until one generation is left.
    wheel.index.nodes[Int(first.node)].generation = .max - 1
    let penultimate = wheel.insert("penultimate", deadline: 10)
    wheel.cancel(penultimate)
    let last = wheel.insert("last", deadline: 10)
    #expect(last.node == first.node && last.generation == .max)
    wheel.cancel(last)
    let next = wheel.insert("next", deadline: 10)
    #expect(next.node != last.node)
    #expect(wheel.cancel(last) == nil)
    #expect(wheel.cancel(penultimate) == nil)
    #expect(wheel.cancel(next) == "next")
  }

  @Test("cancelled and expired entries leave nothing behind: their storage is reused")
  func noTombstones() {
    var wheel = TimerWheel<Int>(now: 0)
    for round in 0..<3 {
      let handles = (0..<1_000).map { wheel.insert($0, deadline: Int64($0 * 997 % 5_000) + 1) }
      for handle in handles.prefix(500) {
        wheel.cancel(handle)
      }
      #expect(wheel.count == 500)
      _ = wheel.advance(to: wheel.now + 5_000)
      #expect(wheel.isEmpty)
      #expect(wheel.index.nodes.count == 1_000, "round \(round)")
    }
  }

  @Test("cancelling the entries around one in the same slot leaves it intact")
  func cancelNeighbours() {
    var wheel = TimerWheel<Int>(now: 0)
    let handles = (0..<5).map { wheel.insert($0, deadline: 1_000_000 + Int64($0)) }
    wheel.cancel(handles[0])
    wheel.cancel(handles[2])
    wheel.cancel(handles[4])
    #expect(wheel.nextDeadline == 1_000_001)
    #expect(wheel.advance(to: 2_000_000).map(\.payload) == [1, 3])
  }
}
