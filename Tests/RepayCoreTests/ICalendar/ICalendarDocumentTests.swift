import RepayCore
import Testing

/// The document: its frame, an all-day event with its alarms at the given instants, a cancelled
/// one, `--no-alarms`, a timed event with the zone's `VTIMEZONE` (fixed offset, and one with
/// daylight saving time over a year), and the digest that decides a new sequence.
@Suite struct ICalendarDocumentTests {
  let now: Int64 = 1_796_261_400_000_000  // 2026-12-03T01:30:00Z
  let due = LocalDate(parsing: "2026-12-10")!

  private func shanghai() throws -> TimeZoneRules {
    try TimeZoneRules(identifier: "Asia/Shanghai", posixRule: "CST-8")
  }

  private var event: CalendarEvent {
    CalendarEvent(
      uid: "car-2026-12-10@repayd", start: .date(due), summary: "Car loan: ¥1,000.00 to Bank",
      description: "Due on 2026-12-10.\nrepayctl pay car", alarms: [now, now + 86_400_000_000], sequence: 2)
  }

  @Test("an all-day event: date, next day, stamp, sequence, escaped text, one VALARM per instant")
  func allDayEvent() throws {
    let text = ICalendarDocument(events: [event], zone: try shanghai(), from: due, days: 30).text(now: now)
    #expect(
      text
        == [
          "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//repayd//repayd \(RepayVersion.current)//EN",
          "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:repayd", "X-WR-TIMEZONE:Asia/Shanghai",
          "BEGIN:VEVENT", "UID:car-2026-12-10@repayd", "DTSTAMP:20261203T013000Z", "SEQUENCE:2",
          "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261211", "TRANSP:TRANSPARENT",
          #"SUMMARY:Car loan: ¥1\,000.00 to Bank"#, #"DESCRIPTION:Due on 2026-12-10.\nrepayctl pay car"#,
          "BEGIN:VALARM", "ACTION:DISPLAY", #"DESCRIPTION:Car loan: ¥1\,000.00 to Bank"#,
          "TRIGGER;VALUE=DATE-TIME:20261203T013000Z", "END:VALARM",
          "BEGIN:VALARM", "ACTION:DISPLAY", #"DESCRIPTION:Car loan: ¥1\,000.00 to Bank"#,
          "TRIGGER;VALUE=DATE-TIME:20261204T013000Z", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined())
  }

  @Test("without alarms no VALARM; a cancelled event says STATUS:CANCELLED")
  func noAlarmsAndCancelled() throws {
    var cancelled = event
    cancelled.isCancelled = true
    let text = ICalendarDocument(events: [cancelled], zone: try shanghai(), from: due, days: 30)
      .text(now: now, alarms: false)
    #expect(!text.contains("VALARM") && text.contains("\r\nSTATUS:CANCELLED\r\n"))
    #expect(!text.contains("VTIMEZONE"))
  }

  @Test("a timed event in a fixed-offset zone: its local time under TZID and one STANDARD part")
  func timedEventFixedOffset() throws {
    let reminder = CalendarEvent(
      uid: "reminder-credit-report-20270101T020000Z@repayd", start: .instant(1_798_768_800_000_000),
      summary: "Reminder: Check your credit report", description: "Check your credit report",
      alarms: [1_798_768_800_000_000])
    let text = ICalendarDocument(events: [reminder], zone: try shanghai(), from: due, days: 30).text(now: now)
    let zone = try #require(text.range(of: "BEGIN:VTIMEZONE\r\n").map { text[$0.lowerBound...] })
    #expect(
      zone.hasPrefix(
        [
          "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:20261209T080000",
          "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
        ].map { $0 + "\r\n" }.joined()))
    #expect(text.contains("\r\nDTSTART;TZID=Asia/Shanghai:20270101T100000\r\n"))
    #expect(text.contains("\r\nTRIGGER;VALUE=DATE-TIME:20270101T020000Z\r\n"))
  }

  @Test(
    "a zone with daylight saving time: one part per transition of the window, onsets in local time before")
  func timedEventDaylightSaving() throws {
    let berlin = try TimeZoneRules(identifier: "Europe/Berlin", posixRule: "CET-1CEST,M3.5.0,M10.5.0/3")
    let reminder = CalendarEvent(
      uid: "r@repayd", start: .instant(1_798_768_800_000_000), summary: "R", description: "R")
    let text = ICalendarDocument(
      events: [reminder], zone: berlin, from: LocalDate(parsing: "2027-01-01")!, days: 365
    )
    .text(now: now)
    let parts = text.components(separatedBy: "\r\n").filter {
      $0.hasPrefix("DTSTART:") || $0.hasPrefix("TZOFFSET") || $0.hasPrefix("BEGIN:STANDARD")
        || $0.hasPrefix("BEGIN:DAYLIGHT")
    }
    #expect(
      parts == [
        "BEGIN:STANDARD", "DTSTART:20261231T010000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100",
        // 2027-03-28 01:00 UTC: 02:00 CET becomes 03:00 CEST.
        "BEGIN:DAYLIGHT", "DTSTART:20270328T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        // 2027-10-31 01:00 UTC: 03:00 CEST becomes 02:00 CET.
        "BEGIN:STANDARD", "DTSTART:20271031T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
      ])
  }

  @Test("the digest leaves out stamp and sequence, and changes with what the event says")
  func digest() throws {
    let document = ICalendarDocument(events: [], zone: try shanghai(), from: due, days: 30)
    var later = event
    later.sequence = 7
    #expect(document.digest(of: later) == document.digest(of: event))
    var changed = event
    changed.summary = "Car loan: ¥1,200.00 to Bank"
    #expect(document.digest(of: changed) != document.digest(of: event))
    var fewerAlarms = event
    fewerAlarms.alarms.removeLast()
    #expect(document.digest(of: fewerAlarms) != document.digest(of: event))
  }
}
