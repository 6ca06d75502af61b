import RepayConfig
import RepayCore
import Testing

/// `ICalendarHolidayReader`: what the events of a calendar file mean, and where each fault in one is.
@Suite struct ICalendarHolidayReaderTests {
  private static let packageRoot: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)  // this file, Schedule, RepayConfigTests, Tests
    return parts.joined(separator: "/")
  }()

  private func read(_ text: String, language: Language = .english) -> Result<HolidayCalendar, Diagnostics> {
    Result { () throws(Diagnostics) in
      try ICalendarHolidayReader.read(Array(text.utf8), file: "cn.ics", language: language)
    }
  }

  /// The diagnostics of a file that must be refused, in their one-line form.
  private func faults(_ text: String, language: Language = .english) -> [String] {
    guard case .failure(let diagnostics) = read(text, language: language) else {
      Issue.record("accepted")
      return []
    }
    return diagnostics.items.map(\.description)
  }

  private func days(_ texts: String...) -> Set<LocalDate> {
    Set(
      texts.map { text in
        let parts = text.split(separator: "-").map { Int($0)! }
        return LocalDate(year: parts[0], month: parts[1], day: parts[2])!
      })
  }

  @Test("DTEND is exclusive, DURATION counts days and weeks, an event without either is one day")
  func lengths() throws {
    let calendar = try read(
      """
      BEGIN:VCALENDAR
      VERSION:2.0
      BEGIN:VEVENT
      SUMMARY:国庆节
      DTSTART;VALUE=DATE:20251001
      DTEND;VALUE=DATE:20251004
      END:VEVENT
      BEGIN:VEVENT
      DTSTART:20251101
      DURATION:P2D
      END:VEVENT
      BEGIN:VEVENT
      DTSTART;VALUE=DATE:20251201
      DURATION:P1W
      END:VEVENT
      BEGIN:VEVENT
      DTSTART;VALUE=DATE:20251225
      END:VEVENT
      END:VCALENDAR

      """
    ).get()
    #expect(
      calendar.holidays
        == days(
          "2025-10-01", "2025-10-02", "2025-10-03", "2025-11-01", "2025-11-02", "2025-12-01", "2025-12-02",
          "2025-12-03", "2025-12-04", "2025-12-05", "2025-12-06", "2025-12-07", "2025-12-25"))
    #expect(calendar.makeUpWorkdays.isEmpty)
  }

  @Test("CATEGORIES with WORKDAY, in any case and on any of several lines, makes make-up workdays")
  func workdays() throws {
    let calendar = try read(
      """
      BEGIN:VCALENDAR
      BEGIN:VEVENT
      DTSTART;VALUE=DATE:20250927
      DTEND;VALUE=DATE:20250929
      CATEGORIES:调休
      CATEGORIES:Holiday\\, observed, workday
      END:VEVENT
      BEGIN:VEVENT
      DTSTART;VALUE=DATE:20251011
      CATEGORIES:WORK\\,DAY,HOLIDAY
      END:VEVENT
      END:VCALENDAR
      """
    ).get()
    #expect(calendar.makeUpWorkdays == days("2025-09-27", "2025-09-28"))
    #expect(calendar.holidays == days("2025-10-11"))
  }

  @Test(
    "folded lines, CRLF and LF, a byte-order mark, case-insensitive names and skipped components",
    arguments: ["\r\n", "\n"])
  func foldingAndLineEnds(lineEnd: String) throws {
    let lines = [
      "",
      "BEGIN:VCALENDAR",
      "PRODID:-//repayd//test//EN",
      "BEGIN:VTIMEZONE",
      "TZID:Asia/Shanghai",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "RRULE:FREQ=YEARLY",
      "END:STANDARD",
      "END:VTIMEZONE",
      "begin:vevent",
      "SUMMARY:a long summary folded ",
      " across two lines",
      "DTST",
      "\tART;value=",
      " date;X-NOTE=\"a:b;c\":2025",
      " 1001",
      "dtEnd;Value=Date:20251003",
      "X-UNKNOWN;X-P=1,\"2\":anything",
      "BEGIN:VALARM",
      "TRIGGER:-PT15M",
      "DURATION:PT5M",
      "END:VALARM",
      "End:VEvent",
      "END:VCALENDAR",
      "",
    ]
    let text = "\u{FEFF}" + lines.joined(separator: lineEnd)
    let calendar = try read(text).get()
    #expect(calendar == HolidayCalendar(holidays: days("2025-10-01", "2025-10-02")))
  }

  @Test("every fault at once, each at its line and column")
  func faultsAtOnce() {
    #expect(
      faults(
        """
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        SUMMARY:no start
        END:VEVENT
        BEGIN:VEVENT
        DTSTART:20250101T090000Z
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;TZID=Asia/Shanghai:20250102T090000
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20250230
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:2025-03-01
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20250305
        DTEND;VALUE=DATE:20250305
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20250310
        DURATION:PT24H
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20250312
        DTEND;VALUE=DATE:20250313
        DURATION:P1D
        DTSTART;VALUE=DATE:20250314
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20250315
        RRULE:FREQ=YEARLY
        EXDATE;VALUE=DATE:20260315
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20250401
        DURATION:P53W
        END:VEVENT
        BEGIN:VEVENT
        CATEGORIES:HOLIDAY,WORKDAY
        DTSTART;VALUE=DATE:20250929
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20251004
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20251004
        CATEGORIES:WORKDAY
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE="DATE:20251005
        DTSTART 20251006
        END:VEVENT
        BEGIN:VTODO
        END:VEVENT
        END:VTODO
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20251101
        END:VCALENDAR
        X-STRAY:1
        X-MORE:2
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20251201
        """)
        == [
          "cn.ics:2:1: error: this event has no DTSTART; give its first day as DTSTART;VALUE=DATE:YYYYMMDD",
          "cn.ics:6:9: error: DTSTART 20250101T090000Z has a time of day, but a holiday is a whole day: "
            + "write DTSTART;VALUE=DATE:YYYYMMDD",
          "cn.ics:9:28: error: DTSTART 20250102T090000 has a time of day, but a holiday is a whole day: "
            + "write DTSTART;VALUE=DATE:YYYYMMDD",
          "cn.ics:12:20: error: '20250230' is not a date; write YYYYMMDD, such as 20260101",
          "cn.ics:15:20: error: '2025-03-01' is not a date; write YYYYMMDD, such as 20260101",
          "cn.ics:19:18: error: DTEND 2025-03-05 is not after DTSTART 2025-03-05; DTEND is the first day after the event",
          "cn.ics:23:10: error: DURATION 'PT24H' is not a whole number of days or weeks; write P1D, P3D or P1W",
          "cn.ics:28:1: error: an event ends either by DTEND or by DURATION, not by both",
          "cn.ics:29:1: error: this event already has a DTSTART on line 26",
          "cn.ics:33:1: error: RRULE belongs to repeating events, which are not read here; "
            + "write each period as an event of its own",
          "cn.ics:34:1: error: EXDATE belongs to repeating events, which are not read here; "
            + "write each period as an event of its own",
          "cn.ics:38:10: error: this event would last more than 366 days; check where it ends",
          "cn.ics:41:20: error: 2025-09-29 is a weekday already; a WORKDAY event is for weekend days worked",
          "cn.ics:48:20: error: 2025-10-04 is both a holiday and a workday (the other event's DTSTART is on line 45)",
          "cn.ics:51:1: error: this event has no DTSTART; give its first day as DTSTART;VALUE=DATE:YYYYMMDD",
          "cn.ics:52:15: error: this quoted parameter value is missing its closing \"",
          "cn.ics:53:8: error: expected NAME:VALUE here, with optional ;PARAMETER=VALUE before the colon",
          "cn.ics:56:1: error: END:VEVENT does not match BEGIN:VTODO on line 55, which is still open",
          "cn.ics:60:1: error: END:VCALENDAR does not match BEGIN:VEVENT on line 58, which is still open",
          "cn.ics:61:1: error: everything must be between BEGIN:VCALENDAR and END:VCALENDAR",
          "cn.ics:63:1: error: BEGIN:VCALENDAR is never closed by END:VCALENDAR",
          "cn.ics:64:1: error: BEGIN:VEVENT is never closed by END:VEVENT",
        ])
  }

  @Test(
    "an empty file, or one that is not a calendar, is one fault at its start",
    arguments: ["", "\n\n", "2025-10-01 holiday\n", " BEGIN:VCALENDAR\nEND:VCALENDAR"])
  func notCalendar(text: String) {
    #expect(
      faults(text) == ["cn.ics:1:1: error: this is not an iCalendar file: it must begin with BEGIN:VCALENDAR"]
    )
  }

  @Test("a fault in a folded line is at its place in the file as written")
  func foldedFault() {
    #expect(
      faults(
        [
          "BEGIN:VCALENDAR", "BEGIN:VEVENT",
          "DTSTART;VALUE=DATE:", " 20250230",
          "DTEND;VALUE=DATE:2025", " 0231",
          "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n"))
        == [
          "cn.ics:4:2: error: '20250230' is not a date; write YYYYMMDD, such as 20260101",
          "cn.ics:5:18: error: '20250231' is not a date; write YYYYMMDD, such as 20260101",
        ])
  }

  @Test("columns count characters: faults after Chinese text, in English and in Chinese")
  func chineseColumns() {
    let text = """
      BEGIN:VCALENDAR
      BEGIN:VEVENT
      DTSTART;X-NAME="国庆节":20251001T090000
      END:VEVENT
      BEGIN:VEVENT
      DTSTART;VALUE=DATE:20251009
      CATEGORIES:调休,WORKDAY
      END:VEVENT
      END:VCALENDAR
      """
    #expect(
      faults(text, language: .simplifiedChinese) == [
        "cn.ics:3:22: error: DTSTART 20251001T090000 带有时刻，而节假日是整天：请写成 DTSTART;VALUE=DATE:YYYYMMDD",
        "cn.ics:7:15: error: 2025-10-09 本来就是工作日；WORKDAY 事件只用于调休上班的周末",
      ])
    #expect(
      faults(text).last
        == "cn.ics:7:15: error: 2025-10-09 is a weekday already; a WORKDAY event is for weekend days worked")
  }

  @Test("the 2026 seed calendar says the same in iCalendar as in the holiday list")
  func seedAgreesWithList() throws {
    let list = "seeds/holidays/cn-2026.txt"
    let ics = "seeds/holidays/cn-2026.ics"
    let fromList = try HolidayListReader.read(
      SourceFile.read("\(Self.packageRoot)/\(list)"), file: list, language: .english)
    let fromICalendar = try ICalendarHolidayReader.read(
      SourceFile.read("\(Self.packageRoot)/\(ics)"), file: ics, language: .english)
    #expect(fromICalendar == fromList)
    #expect(fromICalendar.holidays.count == 33 && fromICalendar.makeUpWorkdays.count == 6)
  }
}
