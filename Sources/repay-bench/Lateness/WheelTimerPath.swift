import Dispatch
import RepayCore
import RepayDaemon

/// The daemon's timer path: the notices on a `DeliveryTimeline` (the wheel) and one
/// `WallClockTimer` armed at the timeline's next wake-up; on each firing the clock is read, the
/// timeline gives what came due, and the timer is armed again, as `ReminderService` does.
enum WheelTimerPath {
  /// How late each of `deadlines` (microseconds since 1970, ascending) came out of the timeline,
  /// in µs, with `pending` more notices on it.
  static func lateness(deadlines: [Int64], pending: [ScheduledReminder], clock: SystemClock) -> [Int64] {
    let reminders = pending + deadlines.map { ScheduledReminder(id: "near", instant: $0, message: "") }
    let items = reminders.indices.map { index in
      AgendaItem(
        key: DeliveryKey(
          subject: reminders[index].subject, date: LocalDate(daysSinceEpoch: 0), stage: .reminder,
          offsetSeconds: 0
        ),
        source: .reminder(index), planned: reminders[index].instant, deadline: reminders[index].instant)
    }
    let keys = NoticeKeys(
      window: ScheduleWindow(loans: [], occurrences: [], stageInstants: []), reminders: reminders, zone: .utc)
    let state = TimerState(
      timeline: DeliveryTimeline(ahead: items, keys: keys, now: clock.now()), expected: deadlines.count)
    let finished = DispatchSemaphore(value: 0)
    let timer = WallClockTimer {
      // Runs on the timer's own serial queue only, like the daemon's event loop.
      let now = clock.now()
      for item in state.timeline.expire(at: now) where item.key.subject == .reminder("near") {
        state.late.append(now - item.planned)
      }
      if state.late.count == state.expected {
        finished.signal()
      } else {
        state.rearm?(state.timeline.nextWake)
      }
    }
    state.rearm = { timer.arm(at: $0) }
    timer.arm(at: state.timeline.nextWake)
    finished.wait()
    timer.cancel()
    return state.late
  }

  /// The timeline and the measurements, touched only on the timer's queue after the start.
  private final class TimerState: @unchecked Sendable {
    var timeline: DeliveryTimeline
    let expected: Int
    var late: [Int64] = []
    var rearm: ((Int64?) -> Void)?

    init(timeline: DeliveryTimeline, expected: Int) {
      self.timeline = timeline
      self.expected = expected
    }
  }
}
