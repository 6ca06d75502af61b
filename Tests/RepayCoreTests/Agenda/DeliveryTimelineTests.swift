import RepayCore
import Testing

/// The daemon's timer state: notices come out at or after their deadline, never before, in
/// deadline order, each once; the wake-up instant is exact to the millisecond.
struct DeliveryTimelineTests {
  private func item(_ subject: String, deadline: Int64) -> AgendaItem {
    AgendaItem(
      key: DeliveryKey(
        subject: subject, date: LocalDate(parsing: "2026-12-10")!, stage: .due, offsetSeconds: 0),
      source: .reminder(0), planned: deadline, deadline: deadline)
  }

  @Test("wakes on the first whole millisecond at or after the earliest deadline; nothing comes out early")
  func neverEarly() {
    let start: Int64 = 1_796_000_000_000_000
    var timeline = DeliveryTimeline(
      ahead: [item("b", deadline: start + 5_000_500), item("a", deadline: start + 2_000_000)], now: start)
    #expect(timeline.count == 2)
    #expect(timeline.nextWake == start + 2_000_000)
    #expect(timeline.expire(at: start + 1_999_999).isEmpty)
    #expect(timeline.expire(at: start + 2_000_000).map(\.key.subject) == ["a"])
    // 5.0005 s is woken at 5.001 s; a reading of 5.0008 s is still before it.
    #expect(timeline.nextWake == start + 5_001_000)
    #expect(timeline.expire(at: start + 5_000_800).isEmpty)
    #expect(timeline.expire(at: start + 5_001_000).map(\.key.subject) == ["b"])
    #expect(timeline.nextWake == nil && timeline.count == 0)
  }

  @Test("a month's jump returns everything due meanwhile, in deadline order, once")
  func longJump() {
    let start: Int64 = 1_796_000_000_000_000
    let day: Int64 = 86_400_000_000
    let items = (0..<30).reversed().map { item("d\($0)", deadline: start + Int64($0) * day + 1) }
    var timeline = DeliveryTimeline(ahead: items, now: start)
    let expired = timeline.expire(at: start + 31 * day)
    #expect(expired.map(\.key.subject) == (0..<30).map { "d\($0)" })
    #expect(timeline.expire(at: start + 32 * day).isEmpty)
  }

  @Test("a reading earlier than the last one returns nothing; what is ahead stays ahead")
  func clockSetBack() {
    let start: Int64 = 1_796_000_000_000_000
    var timeline = DeliveryTimeline(ahead: [item("a", deadline: start + 10_000_000)], now: start)
    #expect(timeline.expire(at: start + 5_000_000).isEmpty)
    #expect(timeline.expire(at: start - 60_000_000).isEmpty)
    #expect(timeline.count == 1 && timeline.nextWake == start + 10_000_000)
  }
}
