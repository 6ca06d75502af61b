/// The `VTIMEZONE` of a zone over a window of days, made from its rules (the TZif table and
/// footer): one `STANDARD` or `DAYLIGHT` part for the offset in force when the window starts,
/// then one per transition until it ends; a zone without transitions there is one fixed offset.
struct VTimeZone {
  /// The zone.
  let zone: TimeZoneRules
  /// The window's first day.
  let from: LocalDate
  /// Its length in days.
  let days: Int

  /// Appends the component to `lines`.
  func write(to lines: inout ICalendarLines) {
    let secondsPerDay = Int64(CivilCalendar.secondsPerDay)
    // A day's margin each side: the zone's local days start up to a day away from UTC's.
    let start = Int64(from.daysSinceEpoch - 1) * secondsPerDay
    let end = Int64(from.daysSinceEpoch + days + 1) * secondsPerDay
    lines.append("BEGIN", "VTIMEZONE")
    lines.append("TZID", ICalendarValue.escaped(zone.identifier))
    let initial = zone.offset(at: start)
    writePart(onset: start, before: initial, after: initial, to: &lines)
    var time = start
    var before = initial
    while let next = zone.nextTransition(after: time), next < end {
      let after = zone.offset(at: next)
      writePart(onset: next, before: before, after: after, to: &lines)
      (time, before) = (next, after)
    }
    lines.append("END", "VTIMEZONE")
  }

  /// One observance from `onset` (Unix seconds), when the offset goes from `before` to `after`:
  /// its `DTSTART` is the onset in the local time before it, as RFC 5545 asks.
  private func writePart(onset: Int64, before: ZoneOffset, after: ZoneOffset, to lines: inout ICalendarLines)
  {
    let kind = after.isDaylightSaving ? "DAYLIGHT" : "STANDARD"
    lines.append("BEGIN", kind)
    lines.append("DTSTART", ICalendarValue.localDateTime(seconds: onset + Int64(before.secondsEastOfUTC)))
    lines.append("TZOFFSETFROM", ICalendarValue.offset(secondsEastOfUTC: before.secondsEastOfUTC))
    lines.append("TZOFFSETTO", ICalendarValue.offset(secondsEastOfUTC: after.secondsEastOfUTC))
    lines.append("TZNAME", ICalendarValue.escaped(after.abbreviation))
    lines.append("END", kind)
  }
}
