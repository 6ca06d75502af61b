import Testing
import TimerWheel

/// Deadlines that are already due when inserted, and a clock that steps backwards.
struct TimerWheelPastDeadlineTests {
  @Test("deadlines at or before now are due at the next advance, sorted, before later ones")
  func pastDeadlines() {
    var wheel = TimerWheel<String>(now: 10_000)
    wheel.insert("later", deadline: 10_001)
    wheel.insert("now", deadline: 10_000)
    wheel.insert("long ago", deadline: -5_000_000)
    wheel.insert("a second ago", deadline: 9_000)
    wheel.insert("also a second ago", deadline: 9_000)
    #expect(wheel.nextDeadline == -5_000_000)
    #expect(
      wheel.advance(to: 10_000).map(\.payload) == [
        "long ago", "a second ago", "also a second ago", "now",
      ])
    #expect(wheel.nextDeadline == 10_001)
    #expect(wheel.advance(to: 10_001).map(\.payload) == ["later"])
  }

  @Test("each expired entry reports the deadline it was inserted with, also when it was past")
  func pastDeadlinesKeepTheirDeadline() {
    var wheel = TimerWheel<Int>(now: 500)
    wheel.insert(1, deadline: 100)
    #expect(wheel.advance(to: 600) == [.init(deadline: 100, payload: 1)])
  }

  @Test("a past entry can be cancelled before the advance that would return it")
  func cancelPast() {
    var wheel = TimerWheel<Int>(now: 500)
    let handle = wheel.insert(1, deadline: 100)
    wheel.insert(2, deadline: 200)
    #expect(wheel.cancel(handle) == 1)
    #expect(wheel.nextDeadline == 200)
    #expect(wheel.advance(to: 500).map(\.payload) == [2])
  }

  @Test("stepping the clock back moves the wheel back: nothing expires early, nothing is lost")
  func clockStepsBack() {
    var wheel = TimerWheel<String>(now: 0)
    wheel.insert("at 1500", deadline: 1_500)
    wheel.insert("in ten days", deadline: 864_000_000)
    #expect(wheel.advance(to: 1_000).isEmpty)
    #expect(wheel.advance(to: 400).isEmpty)
    #expect(wheel.now == 400)
    #expect(wheel.count == 2)
    #expect(wheel.nextDeadline == 1_500)
    // Before the old now, but after the new one: it waits for its tick like any other.
    wheel.insert("at 700", deadline: 700)
    #expect(wheel.advance(to: 699).isEmpty)
    #expect(wheel.advance(to: 700).map(\.payload) == ["at 700"])
    #expect(wheel.advance(to: 1_499).isEmpty)
    #expect(wheel.advance(to: 1_500).map(\.payload) == ["at 1500"])
    #expect(wheel.advance(to: 864_000_000).map(\.payload) == ["in ten days"])
  }

  @Test("after a step back, entries inserted already due still come out at the next advance")
  func stepBackKeepsDueEntries() {
    var wheel = TimerWheel<String>(now: 1_000)
    wheel.insert("due at 300", deadline: 300)
    wheel.insert("due at 900", deadline: 900)
    // The clock steps back to 600: the entry due at 300 is due, the one at 900 is not yet.
    #expect(wheel.advance(to: 600).map(\.payload) == ["due at 300"])
    #expect(wheel.nextDeadline == 900)
    #expect(wheel.advance(to: 900).map(\.payload) == ["due at 900"])
  }

  @Test("handles stay valid across a step back")
  func handlesSurviveStepBack() {
    var wheel = TimerWheel<Int>(now: 0)
    let handle = wheel.insert(1, deadline: 5_000_000)
    wheel.insert(2, deadline: 6_000_000)
    _ = wheel.advance(to: 4_000_000)
    _ = wheel.advance(to: 3)
    #expect(wheel.cancel(handle) == 1)
    #expect(wheel.advance(to: 7_000_000).map(\.payload) == [2])
  }
}
