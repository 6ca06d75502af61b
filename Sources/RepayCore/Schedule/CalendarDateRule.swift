/// A systemd calendar expression read for its dates only, as a loan's due rule
/// (`due = { calendar = "*-*~01" }`): the local dates on which it matches at some time of day.
///
/// The dates are computed by systemd's own search in UTC, where no day has a gap or an overlap,
/// so that `~`, ranges, repetitions and weekdays mean exactly what they mean to systemd.
public struct CalendarDateRule: Sendable {
  /// The expression as written.
  public let text: String
  private let spec: CalendarSpec

  /// The rule for `spec`, written as `text`. The spec's zone, if any, is ignored: due dates are
  /// local dates in the loan's zone, and the configuration reader refuses a zone here.
  public init(text: String, spec: CalendarSpec) {
    self.text = text
    self.spec = spec.wallClockForm
  }

  /// The first date on or after `date` on which the expression matches, or nil when it never
  /// matches again (or systemd's search would not settle).
  public func firstDate(onOrAfter date: LocalDate, clock: SystemdCalendarClock) -> LocalDate? {
    let microsecondsPerDay = CivilCalendar.secondsPerDay * 1_000_000
    let after = Int64(date.daysSinceEpoch * microsecondsPerDay - 1)
    guard case .success(let elapses) = clock.elapses(of: spec, after: after, count: 1),
      let next = elapses.first
    else { return nil }
    return LocalDate(daysSinceEpoch: CivilCalendar.floorDivision(Int(next), microsecondsPerDay).quotient)
  }
}
