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
final class GlibcTimeConversion {
  /// The zone with its changes of offset listed, or nil for UTC (`gmtime_r` and `timegm`).
  private let zoneReference: PreparedTimeZone?
  /// glibc's `localtime_offset`: the last result of `mktime` minus the local time it was asked
  /// for, in seconds (so seconds west of UTC, as far as the result was exact).
  private var lastOffsetWest: Int64 = 0
  /// A stretch of instants over which the offset stays the same, as last looked up: the search
  /// asks about nearby times again and again, and most of them fall inside it.
  private var period: ConstantOffsetPeriod?
  /// The last day converted to a date: conversions within one search mostly land on the same day.
  private var lastDay = ConvertedDay(days: .min, year: 0, month: 0, day: 0)

  /// Conversion in `zone`, or in UTC when it is nil; a forked child passes its parent's
  /// `lastOffsetWest`, a new process 0.
  init(zone: PreparedTimeZone?, lastOffsetWest: Int64 = 0) {
    self.zoneReference = zone
    self.lastOffsetWest = lastOffsetWest
  }

  /// The conversion a child process forked now would have, in `zone`: this one's state, whose
  /// changes are then its own.
  func forkedChild(zone: PreparedTimeZone) -> GlibcTimeConversion {
    GlibcTimeConversion(zone: zone, lastOffsetWest: lastOffsetWest)
  }

  /// `localtime_r` (or `gmtime_r` for UTC): the fields of an instant.
  func breakDown(_ instant: Int64) -> BrokenDownTime {
    guard let zone = zoneReference else { return fields(localSeconds: instant, isDaylightSaving: 0) }
    let period = period(containing: instant, in: zone)
    return fields(
      localSeconds: instant + Int64(period.secondsEastOfUTC),
      isDaylightSaving: period.isDaylightSaving ? 1 : 0)
  }

  /// The fields of a local time, reusing the date of the previous call when the day is the same.
  private func fields(localSeconds: Int64, isDaylightSaving: Int) -> BrokenDownTime {
    let (days, secondOfDay) = CivilCalendar.floorDivision(Int(localSeconds), CivilCalendar.secondsPerDay)
    if lastDay.days != days {
      let date = CivilCalendar.date(days: days)
      lastDay = ConvertedDay(days: days, year: date.year, month: date.month, day: date.day)
    }
    return BrokenDownTime(
      date: (lastDay.year, lastDay.month, lastDay.day), secondOfDay: secondOfDay,
      isDaylightSaving: isDaylightSaving)
  }

  /// The stretch of one offset around `instant`: the cached one when it covers the instant.
  private func period(containing instant: Int64, in zone: PreparedTimeZone) -> ConstantOffsetPeriod {
    if let period, period.contains(instant) { return period }
    let found = zone.period(containing: instant)
    period = found
    return found
  }

  /// `mktime` (or `timegm` for UTC): the instant of the fields, which are normalized to that
  /// instant's local time; nil where glibc returns -1 (no instant found, or a negative time,
  /// which callers in systemd treat as an error).
  func makeTime(_ fields: inout BrokenDownTime) -> Int64? {
    let local = fields.localSeconds
    guard let zone = zoneReference else {
      fields = self.fields(localSeconds: local, isDaylightSaving: 0)
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

  /// Whether `mktime` would leave `fields` exactly as they are, told without converting them:
  /// true when they lie within their ranges and well inside the cached stretch of one offset
  /// (with a matching daylight-saving flag), having recorded the state `mktime` would leave;
  /// false when that cannot be told so cheaply, and `makeTime` must decide.
  func keepsFieldsUnchanged(_ fields: BrokenDownTime) -> Bool {
    guard (0...11).contains(fields.month), (0...23).contains(fields.hour), (0...59).contains(fields.minute),
      (0...59).contains(fields.second), fields.day >= 1,
      fields.day <= 28 || fields.day <= CivilCalendar.daysInMonth(fields.month + 1, year: fields.year)
    else { return false }
    let local = fields.localSeconds
    guard zoneReference != nil else { return local >= 0 }
    guard let period, let instant = period.uniqueInstant(ofLocal: local), instant >= 0,
      fields.isDaylightSaving < 0 || (fields.isDaylightSaving != 0) == period.isDaylightSaving
    else { return false }
    lastOffsetWest = instant - local
    return true
  }

  /// The instant glibc's `__mktime_internal` settles on for a local time, by case:
  ///
  /// - one instant: that one, unless `tm_isdst` asks for the other flag; then the local time
  ///   read with the offset of the nearest instant that has it;
  /// - in a gap: read with the offset before the gap (landing after it), unless daylight
  ///   saving was asked for, then with the offset after it (landing before it);
  /// - twice: the one with the flag asked for; with no flag asked for, the one glibc's probe
  ///   reaches from its guess, the previous call's offset.
  private func search(local: Int64, requestedDaylightSaving requested: Int, zone reference: PreparedTimeZone)
    -> Int64?
  {
    // Far from any change of offset a local time has one instant: no need to ask the zone. The
    // stretch last used usually covers it; else the one its offset points into may.
    if let period {
      let nearby =
        period.uniqueInstant(ofLocal: local) != nil
        ? period : reference.period(containing: local - Int64(period.secondsEastOfUTC))
      if let instant = nearby.uniqueInstant(ofLocal: local),
        requested < 0 || (requested != 0) == nearby.isDaylightSaving
      {
        self.period = nearby
        return instant
      }
    }
    let zone = reference.rules
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

/// A zone prepared for many lookups: its changes of offset over the years systemd computes in
/// (1970 to 2199) listed once, so that the offset at an instant is a binary search.
public final class PreparedTimeZone: Sendable {
  /// The zone's rules.
  public let rules: TimeZoneRules
  /// The instants at which the offset changes, ascending, up to `listedUntil`.
  private let changes: [Int64]
  /// The offset in force before `changes[0]`, then from each change on.
  private let offsets: [ZoneOffset]
  /// The end of the listed years: 2200-01-02, past the last time systemd's search may reach.
  private static let listedUntil: Int64 = 7_258_204_800
  /// Where the list starts: 1969-12-30, before the first time the search may reach.
  private static let listedFrom: Int64 = -172_800

  /// Lists the changes of `rules`; a few hundred lookups, so made once per zone and kept.
  public init(_ rules: TimeZoneRules) {
    self.rules = rules
    var changes: [Int64] = []
    var offsets = [rules.offset(at: Self.listedFrom)]
    var time = Self.listedFrom
    while let next = rules.nextTransition(after: time), next < Self.listedUntil {
      changes.append(next)
      offsets.append(rules.offset(at: next))
      time = next
    }
    self.changes = changes
    self.offsets = offsets
  }

  /// The offset in force at `instant`, as `rules.offset(at:)` gives it.
  public func offset(at instant: Int64) -> ZoneOffset {
    guard instant >= Self.listedFrom, instant < Self.listedUntil else { return rules.offset(at: instant) }
    return offsets[changeIndex(after: instant)]
  }

  /// The index of the first listed change after `instant` (the count when there is none).
  private func changeIndex(after instant: Int64) -> Int {
    var low = 0
    var high = changes.count
    while low < high {
      let middle = (low + high) / 2
      if changes[middle] <= instant { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The stretch between two changes of offset that contains `instant`.
  func period(containing instant: Int64) -> ConstantOffsetPeriod {
    guard instant >= Self.listedFrom, instant < Self.listedUntil else {
      return ConstantOffsetPeriod(containing: instant, in: rules)
    }
    let low = changeIndex(after: instant)
    return ConstantOffsetPeriod(
      start: low == 0 ? Self.listedFrom : changes[low - 1],
      end: low == changes.count ? Self.listedUntil : changes[low],
      secondsEastOfUTC: offsets[low].secondsEastOfUTC, isDaylightSaving: offsets[low].isDaylightSaving)
  }
}

/// A count of days since 1970 and the date it names.
private struct ConvertedDay {
  let days: Int
  let year: Int
  let month: Int
  let day: Int
}
