/// A stretch of time, `[start, end)` in Unix seconds, over which a zone's offset does not change.
///
/// The calendar search converts times that lie close together thousands of times; looking the
/// offset up once per stretch instead of once per conversion makes it several times faster.
struct ConstantOffsetPeriod {
  /// A local time is answered from the period only when its instant lies at least this far from
  /// both ends, so that no neighbouring offset (never a whole day away) could also claim it.
  static let margin: Int64 = 86_400

  let start: Int64
  let end: Int64
  /// The offset in force, east of UTC, in seconds.
  let secondsEastOfUTC: Int
  /// Whether the offset is daylight-saving time. (The abbreviation is left out on purpose: it
  /// is a string, and copying it would cost more than the rest of a conversion.)
  let isDaylightSaving: Bool

  /// The period around `instant` between two changes of the zone's offset; when there was no
  /// change in the year before `instant`, it starts a year before it.
  init(containing instant: Int64, in zone: TimeZoneRules) {
    var start = instant - 366 * 86_400
    while let change = zone.nextTransition(after: start), change <= instant { start = change }
    self.start = start
    end = zone.nextTransition(after: instant) ?? .max
    let offset = zone.offset(at: instant)
    secondsEastOfUTC = offset.secondsEastOfUTC
    isDaylightSaving = offset.isDaylightSaving
  }

  /// A period already known.
  init(start: Int64, end: Int64, secondsEastOfUTC: Int, isDaylightSaving: Bool) {
    self.start = start
    self.end = end
    self.secondsEastOfUTC = secondsEastOfUTC
    self.isDaylightSaving = isDaylightSaving
  }

  /// Whether the offset at `instant` is this period's.
  func contains(_ instant: Int64) -> Bool {
    instant >= start && instant < end
  }

  /// The one instant of the local time `local`, when it lies well inside the period; nil when
  /// it lies near an end, where the zone itself must decide.
  func uniqueInstant(ofLocal local: Int64) -> Int64? {
    let instant = local - Int64(secondsEastOfUTC)
    let safeEnd = end == .max ? Int64.max : end - Self.margin
    guard instant >= start &+ Self.margin, instant < safeEnd else { return nil }
    return instant
  }
}
