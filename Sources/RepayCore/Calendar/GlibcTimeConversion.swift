/// `localtime_r`, `gmtime_r`, `mktime` and `timegm` as glibc computes them, over our own zone
/// rules, so that the calendar engine elapses exactly where systemd's does.
///
/// glibc's `mktime` matters in the corners: a local time in a spring-forward gap, or one that
/// occurs twice, or a `tm_isdst` that does not match the time (systemd carries the flag of one
/// time over to the next, so this happens). glibc searches for the instant by probing from a
/// guess, and its guess is the UTC offset of its previous call; the answer in an overlap
/// depends on that, so this type keeps the same state as glibc does, one per process (or per
/// forked child, for an expression with its own zone, as systemd forks). The answers in gaps
/// and overlaps were checked against glibc's own `mktime` on this system.
struct GlibcTimeConversion {
  /// The zone, or nil for UTC (`gmtime_r` and `timegm`).
  let zone: TimeZoneRules?
  /// glibc's `localtime_offset`: the last result of `mktime` minus the local time it was asked
  /// for, in seconds (so seconds west of UTC, as far as the result was exact).
  private var lastOffsetWest: Int64 = 0

  /// Conversion in `zone`, or in UTC when it is nil; a forked child passes its parent's
  /// `lastOffsetWest`, a new process 0.
  init(zone: TimeZoneRules?, lastOffsetWest: Int64 = 0) {
    self.zone = zone
    self.lastOffsetWest = lastOffsetWest
  }

  /// What a child forked now would inherit, for `init(zone:lastOffsetWest:)`.
  var stateForChild: Int64 { lastOffsetWest }

  /// `localtime_r` (or `gmtime_r` for UTC): the fields of an instant.
  func breakDown(_ instant: Int64) -> BrokenDownTime {
    guard let zone else { return BrokenDownTime(localSeconds: instant, isDaylightSaving: 0) }
    let offset = zone.offset(at: instant)
    return BrokenDownTime(
      localSeconds: instant + Int64(offset.secondsEastOfUTC),
      isDaylightSaving: offset.isDaylightSaving ? 1 : 0)
  }

  /// `mktime` (or `timegm` for UTC): the instant of the fields, which are normalized to that
  /// instant's local time; nil where glibc returns -1 (no instant found, or a negative time,
  /// which callers in systemd treat as an error).
  mutating func makeTime(_ fields: inout BrokenDownTime) -> Int64? {
    let local = fields.localSeconds
    guard let zone else {
      fields = BrokenDownTime(localSeconds: local, isDaylightSaving: 0)
      return local < 0 ? nil : local
    }
    guard let instant = search(local: local, requestedDaylightSaving: fields.isDaylightSaving, zone: zone)
    else {
      return nil
    }
    lastOffsetWest = instant - local
    fields = breakDown(instant)
    return instant < 0 ? nil : instant
  }

  /// The instant glibc's `__mktime_internal` settles on for a local time, by case:
  ///
  /// - one instant: that one, unless `tm_isdst` asks for the other flag; then the local time
  ///   read with the offset of the nearest instant that has it;
  /// - in a gap: read with the offset before the gap (landing after it), unless daylight
  ///   saving was asked for, then with the offset after it (landing before it);
  /// - twice: the one with the flag asked for; with no flag asked for, the one glibc's probe
  ///   reaches from its guess, the previous call's offset.
  private func search(local: Int64, requestedDaylightSaving requested: Int, zone: TimeZoneRules) -> Int64? {
    switch zone.resolve(localSeconds: local) {
    case .unique(let instant):
      guard requested >= 0, (requested != 0) != zone.offset(at: instant).isDaylightSaving else {
        return instant
      }
      return neighbouringOffsetTime(local: local, near: instant, wanted: requested != 0, zone: zone)
    case .skipped(let before, let after):
      return requested == 1 ? after : before
    case .repeated(let first, let second):
      if requested >= 0 {
        let wanted = requested != 0
        if zone.offset(at: first).isDaylightSaving == wanted { return first }
        if zone.offset(at: second).isDaylightSaving == wanted { return second }
      }
      var time = local + lastOffsetWest
      for _ in 0..<6 {
        let guess = local - Int64(zone.offset(at: time).secondsEastOfUTC)
        if guess == time { break }
        time = guess
      }
      let reached = time == second ? second : first
      guard requested >= 0 else { return reached }
      return neighbouringOffsetTime(local: local, near: reached, wanted: requested != 0, zone: zone)
    }
  }

  /// The local time read with the offset of the nearest instant whose daylight-saving flag is
  /// `wanted`, probing weekly in both directions up to about 7 years away, else one hour off:
  /// glibc's answer when `tm_isdst` does not match the time asked for.
  private func neighbouringOffsetTime(local: Int64, near time: Int64, wanted: Bool, zone: TimeZoneRules)
    -> Int64
  {
    let stride: Int64 = 601_200
    let bound: Int64 = 457_243_200 / 2 + stride
    var delta = stride
    while delta < bound {
      for direction: Int64 in [-1, 1] {
        let probe = zone.offset(at: time + delta * direction)
        if probe.isDaylightSaving == wanted { return local - Int64(probe.secondsEastOfUTC) }
      }
      delta += stride
    }
    let actual = zone.offset(at: time).isDaylightSaving
    let difference = Int64((wanted ? 0 : 1) - (actual ? 0 : 1))
    return time + 3_600 * difference
  }
}
