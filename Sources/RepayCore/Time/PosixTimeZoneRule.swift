/// A POSIX TZ rule such as `CET-1CEST,M3.5.0,M10.5.0/3`: a standard time and, optionally, a
/// daylight saving time with the yearly changes between them. It is the form of a TZif
/// footer, which governs instants after the file's last transition, and of a `TZ` value that
/// names no file.
struct PosixTimeZoneRule: Hashable, Sendable {
  /// Standard time.
  var standard: ZoneOffset
  /// Daylight saving time and when it applies, or nil for a zone without it.
  var daylightSaving: DaylightSavingRule?

  /// The offset in force at `instant` (Unix seconds).
  func offset(at instant: Int64) -> ZoneOffset {
    guard let daylightSaving else { return standard }
    return daylightSaving.isInEffect(at: instant) ? daylightSaving.daylight : standard
  }

  /// The first change of offset strictly after `instant`, or nil when there is none.
  func transition(after instant: Int64) -> Int64? {
    daylightSaving?.transition(after: instant)
  }
}
