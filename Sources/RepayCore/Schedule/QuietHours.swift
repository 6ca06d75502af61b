/// A daily stretch of local time in which non-critical stages wait: `22:00-08:00` holds back an
/// advance notice due at 23:00 until 08:00 the next morning. It may span midnight; the start
/// belongs to it, the end does not.
public struct QuietHours: Hashable, Sendable, CustomStringConvertible {
  /// The local time the quiet stretch begins.
  public let start: TimeOfDay
  /// The local time it ends, when held-back stages fire.
  public let end: TimeOfDay

  /// The stretch from `start` to `end`; nil when they are equal (the stretch would be empty or
  /// the whole day, and either is surely a mistake).
  public init?(start: TimeOfDay, end: TimeOfDay) {
    guard start != end else { return nil }
    self.start = start
    self.end = end
  }

  /// Whether a local time of day lies inside the stretch.
  public func contains(_ time: TimeOfDay) -> Bool {
    start < end ? (start <= time && time < end) : (time >= start || time < end)
  }

  /// The local time (local seconds, as `TimeZoneRules.localSeconds` counts them) at which a
  /// stage planned for the local time `local` fires: nil when `local` is outside the stretch,
  /// else the end of the stretch, that day or, for the part before midnight, the next.
  public func end(ofStretchHolding local: Int64) -> Int64? {
    let (days, second) = CivilCalendar.floorDivision(Int(local), CivilCalendar.secondsPerDay)
    let time = TimeOfDay(secondOfDay: second)
    guard contains(time) else { return nil }
    return Int64(((time < end ? days : days + 1) * CivilCalendar.secondsPerDay) + end.secondOfDay)
  }

  /// `HH:MM-HH:MM`, as configuration writes it.
  public var description: String { "\(start)-\(end)" }
}
