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

  /// The instant a stage planned at `instant` fires: unchanged outside the stretch, else the
  /// end of the stretch (local time `end` that day, or the next day for the part before
  /// midnight), converted with the design brief's DST rule.
  public func deferring(_ instant: Int64, in zone: TimeZoneRules) -> Int64 {
    let (date, time) = zone.localTime(at: instant)
    guard contains(time) else { return instant }
    return zone.firingInstant(
      localSeconds: TimeZoneRules.localSeconds(time < end ? date : date.advanced(by: 1), end))
  }

  /// `HH:MM-HH:MM`, as configuration writes it.
  public var description: String { "\(start)-\(end)" }
}
