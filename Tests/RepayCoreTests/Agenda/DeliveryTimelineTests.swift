import RepayCore
import Testing

/// The daemon's timer state: notices come out at or after their deadline, never before, in
/// deadline order, each once, whole again (key and planned instant) after waiting as a few
/// numbers; the wake-up instant is exact to the millisecond.
struct DeliveryTimelineTests {
  /// Free-standing reminders named by `subjects`, each planned at its deadline, as agenda items
  /// and the keys that make them whole again.
  private func timeline(_ entries: [(subject: String, deadline: Int64)], now: Int64) -> DeliveryTimeline {
    let reminders = entries.map { ScheduledReminder(id: $0.subject, instant: $0.deadline, message: "") }
    let items = reminders.indices.map { index in
      AgendaItem(
        key: DeliveryKey(
          subject: .reminder(""), date: LocalDate(daysSinceEpoch: 0), stage: .reminder, offsetSeconds: 0),
        source: .reminder(index), planned: reminders[index].instant, deadline: reminders[index].instant)
    }
    let window = ScheduleWindow(loans: [], occurrences: [], stageInstants: [])
    return DeliveryTimeline(
      ahead: items, keys: NoticeKeys(window: window, reminders: reminders, zone: .utc), now: now)
  }

  @Test("wakes on the first whole millisecond at or after the earliest deadline; nothing comes out early")
  func neverEarly() {
    let start: Int64 = 1_796_000_000_000_000
    var timeline = timeline([("b", start + 5_000_500), ("a", start + 2_000_000)], now: start)
    #expect(timeline.count == 2)
    #expect(timeline.nextWake == start + 2_000_000)
    #expect(timeline.next?.key.subject == .reminder("a"))
    #expect(timeline.expire(at: start + 1_999_999).isEmpty)
    let first = timeline.expire(at: start + 2_000_000)
    #expect(first.map(\.key.subject.id) == ["a"])
    // Made whole again: the reminder's key (its local date and second of the day) and instant.
    #expect(first.first?.key.stage == .reminder && first.first?.planned == start + 2_000_000)
    #expect(first.first?.key.date == LocalDate(parsing: "2026-11-30"))
    // 5.0005 s is woken at 5.001 s; a reading of 5.0008 s is still before it.
    #expect(timeline.nextWake == start + 5_001_000)
    #expect(timeline.expire(at: start + 5_000_800).isEmpty)
    #expect(timeline.expire(at: start + 5_001_000).map(\.key.subject.id) == ["b"])
    #expect(timeline.nextWake == nil && timeline.count == 0)
  }

  @Test("a month's jump returns everything due meanwhile, in deadline order, once")
  func longJump() {
    let start: Int64 = 1_796_000_000_000_000
    let day: Int64 = 86_400_000_000
    var timeline = timeline((0..<30).reversed().map { ("d\($0)", start + Int64($0) * day + 1) }, now: start)
    let expired = timeline.expire(at: start + 31 * day)
    #expect(expired.map(\.key.subject.id) == (0..<30).map { "d\($0)" })
    #expect(timeline.expire(at: start + 32 * day).isEmpty)
  }

  @Test("a reading earlier than the last one returns nothing; what is ahead stays ahead")
  func clockSetBack() {
    let start: Int64 = 1_796_000_000_000_000
    var timeline = timeline([("a", start + 10_000_000)], now: start)
    #expect(timeline.expire(at: start + 5_000_000).isEmpty)
    #expect(timeline.expire(at: start - 60_000_000).isEmpty)
    #expect(timeline.count == 1 && timeline.nextWake == start + 10_000_000)
  }
}
