/// Converts many local wall-clock times of one zone within a known span to firing instants
/// (the design brief's DST rule, `TimeZoneRules.firingInstant`), fast: the stretches of
/// constant offset in the span are listed once, and a local time well inside one of them is a
/// subtraction. Times near a change of offset take the exact general path.
///
/// Expanding a schedule converts millions of stage times; almost all of them lie days away from
/// any change of offset.
public struct WallClockConverter: Sendable {
  /// The zone.
  public let zone: TimeZoneRules
  /// Stretches of constant offset covering the span, in order: from `start` (inclusive) to the
  /// next one's start, the offset in force.
  private let stretches: [(start: Int64, offset: Int64)]
  private let spanEnd: Int64

  /// A converter for local times whose instants lie in [`start`, `end`] (Unix seconds); others
  /// are converted correctly too, only without the shortcut.
  public init(zone: TimeZoneRules, from start: Int64, to end: Int64) {
    self.zone = zone
    var stretches: [(start: Int64, offset: Int64)] = [(start, Int64(zone.offset(at: start).secondsEastOfUTC))]
    var time = start
    while let next = zone.changeInstant(after: time), next <= end {
      stretches.append((next, Int64(zone.offset(at: next).secondsEastOfUTC)))
      time = next
    }
    self.stretches = stretches
    spanEnd = end
  }

  /// The instant a reminder set for `localSeconds` fires, and the local time it fires at (the
  /// same, unless the time was skipped by a change of offset).
  public func fire(localSeconds local: Int64) -> (instant: Int64, local: Int64) {
    // Offsets never differ by more than 26 hours, so a candidate two days inside a stretch
    // cannot also be the reading of a neighbouring one, nor lie in a gap.
    let margin: Int64 = 2 * 86_400
    for index in stretches.indices {
      let candidate = local - stretches[index].offset
      let stretchEnd = index + 1 < stretches.count ? stretches[index + 1].start : spanEnd
      if candidate >= stretches[index].start + margin, candidate < stretchEnd - margin {
        return (candidate, local)
      }
    }
    let instant = zone.firingInstant(localSeconds: local)
    return (instant, instant + Int64(zone.offset(at: instant).secondsEastOfUTC))
  }
}
