/// An iCalendar (RFC 5545) document of events in one time zone: a `VCALENDAR` with a
/// `VTIMEZONE` for its timed events and one `VEVENT` per event. Pure: the `DTSTAMP` instant is a
/// parameter.
public struct ICalendarDocument: Sendable {
  /// The events, in the order they are written.
  public var events: [CalendarEvent]
  /// The zone whose local times the timed events are written in.
  public var zone: TimeZoneRules
  /// The first day of the window the events lie in, for the zone's transitions.
  public var from: LocalDate
  /// The window's length in days.
  public var days: Int

  /// A document of `events` in `zone`, for the window of `days` days from `from`.
  public init(events: [CalendarEvent], zone: TimeZoneRules, from: LocalDate, days: Int) {
    self.events = events
    self.zone = zone
    self.from = from
    self.days = days
  }

  /// The document's text, CRLF line endings, folded at 75 octets: every event stamped `now`
  /// (microseconds since 1970), with its alarms unless `alarms` is false.
  public func text(now: Int64, alarms: Bool = true) -> String {
    var lines = ICalendarLines()
    lines.append("BEGIN", "VCALENDAR")
    lines.append("VERSION", "2.0")
    lines.append("PRODID", "-//repayd//repayd \(RepayVersion.current)//EN")
    lines.append("CALSCALE", "GREGORIAN")
    lines.append("METHOD", "PUBLISH")
    lines.append("X-WR-CALNAME", "repayd")
    lines.append("X-WR-TIMEZONE", ICalendarValue.escaped(zone.identifier))
    if events.contains(where: { if case .instant = $0.start { true } else { false } }) {
      VTimeZone(zone: zone, from: from, days: days).write(to: &lines)
    }
    let stamp = ICalendarValue.utc(microseconds: now)
    for event in events {
      lines.append("BEGIN", "VEVENT")
      lines.append("UID", event.uid)
      lines.append("DTSTAMP", stamp)
      lines.append("SEQUENCE", String(event.sequence))
      writeContent(of: event, alarms: alarms, to: &lines)
      lines.append("END", "VEVENT")
    }
    lines.append("END", "VCALENDAR")
    return lines.text
  }

  /// A digest (SHA-256, hex) of what `event` says, alarms included, stamp and sequence left
  /// out: two exports of an event that did not change give the same digest.
  public func digest(of event: CalendarEvent) -> String {
    var lines = ICalendarLines()
    lines.append("UID", event.uid)
    writeContent(of: event, alarms: true, to: &lines)
    return SHA256.hex(of: lines.text.utf8)
  }

  /// The lines of `event` after its UID, stamp and sequence.
  private func writeContent(of event: CalendarEvent, alarms: Bool, to lines: inout ICalendarLines) {
    switch event.start {
    case .date(let date):
      lines.append("DTSTART;VALUE=DATE", ICalendarValue.date(date))
      lines.append("DTEND;VALUE=DATE", ICalendarValue.date(date.advanced(by: 1)))
      // A due date is a deadline, not a meeting: it leaves the day free.
      lines.append("TRANSP", "TRANSPARENT")
    case .instant(let instant):
      let seconds = Int64(CivilCalendar.floorDivision(Int(instant), 1_000_000).quotient)
      let local = seconds + Int64(zone.offset(at: seconds).secondsEastOfUTC)
      let tzid = "TZID=" + Self.parameterValue(zone.identifier)
      lines.append("DTSTART;" + tzid, ICalendarValue.localDateTime(seconds: local))
      lines.append("DTEND;" + tzid, ICalendarValue.localDateTime(seconds: local))
      lines.append("TRANSP", "TRANSPARENT")
    }
    let summary = ICalendarValue.escaped(event.summary)
    lines.append("SUMMARY", summary)
    lines.append("DESCRIPTION", ICalendarValue.escaped(event.description))
    if event.isCancelled { lines.append("STATUS", "CANCELLED") }
    guard alarms else { return }
    for alarm in event.alarms {
      lines.append("BEGIN", "VALARM")
      lines.append("ACTION", "DISPLAY")
      lines.append("DESCRIPTION", summary)
      lines.append("TRIGGER;VALUE=DATE-TIME", ICalendarValue.utc(microseconds: alarm))
      lines.append("END", "VALARM")
    }
  }

  /// A parameter value: quoted when it holds a character a bare one may not (`:`, `;`, `,`).
  static func parameterValue(_ text: String) -> String {
    text.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(text)\"" : text
  }
}
