/// A free-standing `[[reminder]]`: a message at the instants a calendar expression names, tied
/// to no loan ("check your credit report each quarter").
///
/// The expression names local wall-clock times. Each is converted with the design brief's DST
/// rule, not systemd's: a time inside a spring-forward gap fires at the first instant after
/// the gap, and a time the fall-back change repeats fires once, at its first occurrence.
public struct CalendarReminder: Sendable {
  /// The reminder's id, unique among reminders.
  public let id: String
  /// The message to show.
  public let message: String
  /// The zone the expression names (UTC for `UTC`), or nil for the daemon's zone.
  public let zone: TimeZoneRules?
  /// The expression matched against wall-clock times as if they were UTC.
  private let wallClockSpec: CalendarSpec

  /// A reminder with this expression; `zone` must be the rules of the zone `spec` names (UTC
  /// when the expression is in UTC), or nil when it names none.
  public init(id: String, spec: CalendarSpec, zone: TimeZoneRules?, message: String) {
    self.id = id
    self.message = message
    self.zone = spec.isUTC ? .utc : zone
    wallClockSpec = spec.wallClockForm
  }

  /// The firing instants (microseconds since 1970) in [`start`, `end`), ascending and each once,
  /// before quiet hours; `defaultZone` is the daemon's zone.
  public func instants(
    from start: Int64, to end: Int64, defaultZone: TimeZoneRules, clock: SystemdCalendarClock
  ) -> [Int64] {
    let zone = self.zone ?? defaultZone
    // Wall-clock times within a day of the window can map into it (offsets stay under 26 h).
    let margin: Int64 = 2 * Int64(CivilCalendar.secondsPerDay) * 1_000_000
    var wallClock = start - margin - 1
    var result: [Int64] = []
    while true {
      guard case .success(let elapses) = clock.elapses(of: wallClockSpec, after: wallClock, count: 64),
        !elapses.isEmpty
      else { break }
      for local in elapses {
        let (seconds, fraction) = CivilCalendar.floorDivision(Int(local), 1_000_000)
        let instant = zone.firingInstant(localSeconds: Int64(seconds)) * 1_000_000 + Int64(fraction)
        // A gap sends several wall-clock times to the same first instant after it.
        if instant >= start, instant < end, instant != result.last { result.append(instant) }
      }
      wallClock = elapses.last!
      if wallClock > end + margin || elapses.count < 64 { break }
    }
    return result
  }
}
