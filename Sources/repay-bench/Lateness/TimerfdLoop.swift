import RepayDaemon
import Systemd

/// The floor: one CLOCK_REALTIME timerfd armed at each deadline in turn and waited on, the
/// clock read as soon as it fires.
enum TimerfdLoop {
  /// How late each of `deadlines` (microseconds since 1970, ascending) was noticed, in µs.
  static func lateness(deadlines: [Int64], clock: SystemClock) throws -> [Int64] {
    let alarm = try RealtimeAlarm()
    defer { alarm.close() }
    var late: [Int64] = []
    late.reserveCapacity(deadlines.count)
    for deadline in deadlines {
      try alarm.arm(atMicroseconds: deadline)
      try alarm.wait()
      late.append(clock.now() - deadline)
    }
    return late
  }
}
