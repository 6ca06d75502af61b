extension TimeZoneRules {
  /// The instant a reminder set for the local time `localSeconds` fires, by the design brief's
  /// rule: a time that occurs once fires then; one that occurs twice fires once, at its first
  /// occurrence; one that the clock skips fires at the first instant after the gap. Nothing is
  /// skipped and nothing doubled, unlike systemd timers.
  public func firingInstant(localSeconds: Int64) -> Int64 {
    switch resolve(localSeconds: localSeconds) {
    case .unique(let instant): return instant
    case .repeated(let first, _): return first
    case .skipped(let before, let after): return nextTransition(after: after) ?? before
    }
  }

  /// `date` at `time` as local seconds (the local time written as if it were UTC).
  public static func localSeconds(_ date: LocalDate, _ time: TimeOfDay) -> Int64 {
    Int64(date.daysSinceEpoch) * Int64(CivilCalendar.secondsPerDay) + Int64(time.secondOfDay)
  }
}

extension TimeZoneRules {
  /// The local date and time of day the wall clock shows at `instant` (Unix seconds).
  public func localTime(at instant: Int64) -> (date: LocalDate, time: TimeOfDay) {
    let local = Int(instant) + offset(at: instant).secondsEastOfUTC
    let (days, second) = CivilCalendar.floorDivision(local, CivilCalendar.secondsPerDay)
    return (LocalDate(daysSinceEpoch: days), TimeOfDay(secondOfDay: second))
  }

  /// The local date at `instant` (Unix seconds).
  public func localDate(at instant: Int64) -> LocalDate { localTime(at: instant).date }
}

extension TimeZoneRules {
  /// The first instant of the local day `date` (Unix seconds): its midnight, or, where the clock
  /// skips midnight, the first instant after the gap.
  public func startOfDay(_ date: LocalDate) -> Int64 {
    firingInstant(localSeconds: Self.localSeconds(date, TimeOfDay(secondOfDay: 0)))
  }
}
