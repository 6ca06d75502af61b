extension TimeZoneRules {
  /// `instant` (microseconds since 1970) held back by `quietHours` read on this zone's wall
  /// clock: the end of the quiet stretch holding it (fired by the DST rule, the fraction of a
  /// second kept), or `instant` itself outside quiet hours.
  public func deferring(_ instant: Int64, by quietHours: QuietHours) -> Int64 {
    let (seconds, fraction) = CivilCalendar.floorDivision(Int(instant), 1_000_000)
    let shown = Int64(seconds + offset(at: Int64(seconds)).secondsEastOfUTC)
    guard let quietEnd = quietHours.end(ofStretchHolding: shown) else { return instant }
    return firingInstant(localSeconds: quietEnd) * 1_000_000 + Int64(fraction)
  }
}
