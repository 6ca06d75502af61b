import Dispatch
import RepayCore
import RepayDaemon

/// The daemon's timer path: the notices on a `DeliveryTimeline` (the wheel) and one
/// `WallClockTimer` armed at the timeline's next wake-up; on each firing the clock is read, the
/// timeline gives what came due, and the timer is armed again, as `ReminderService` does.
enum WheelTimerPath {
  /// How late each of `deadlines` (microseconds since 1970, ascending) came out of the timeline,
  /// in µs, with `pending` more notices on it.
  static func lateness(deadlines: [Int64], pending: [AgendaItem], clock: SystemClock) -> [Int64] {
    let date = LocalDate(parsing: "2026-12-10")!
    let near = deadlines.enumerated().map { index, deadline in
      AgendaItem(
        key: DeliveryKey(subject: "near", date: date, stage: .due, offsetSeconds: Int64(index)),
        source: .reminder(index), planned: deadline, deadline: deadline)
    }
    let state = TimerState(
      timeline: DeliveryTimeline(ahead: pending + near, now: clock.now()), expected: near.count)
    let finished = DispatchSemaphore(value: 0)
    let timer = WallClockTimer {
      // Runs on the timer's own serial queue only, like the daemon's event loop.
      let now = clock.now()
      for item in state.timeline.expire(at: now) where item.key.subject == "near" {
        state.late.append(now - item.deadline)
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
