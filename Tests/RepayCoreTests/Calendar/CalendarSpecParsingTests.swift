import RepayCore
import Testing

/// The calendar syntax of systemd.time(7), "Calendar Events": each feature normalizes as the
/// manual's table of examples shows, and faults are refused at their column.
struct CalendarSpecParsingTests {
  static let context = CalendarParsingContext(
    localAbbreviations: ["CET", "CEST"],
    isValidTimeZone: { ["UTC", "Europe/Berlin", "Asia/Shanghai"].contains($0) })

  private func normalized(_ text: String) throws -> String {
    try CalendarSpec(parsing: text, context: Self.context).normalizedText
  }

  /// The examples of systemd.time(7), with the normalized forms the manual gives.
  @Test(
    "the manual's examples normalize as the manual says",
    arguments: [
      ("Sat,Thu,Mon..Wed,Sat..Sun", "Mon..Thu,Sat,Sun *-*-* 00:00:00"),
      ("Mon,Sun 12-*-* 2,1:23", "Mon,Sun 2012-*-* 01,02:23:00"),
      ("Wed *-1", "Wed *-*-01 00:00:00"),
      ("Wed..Wed,Wed *-1", "Wed *-*-01 00:00:00"),
      ("Wed, 17:48", "Wed *-*-* 17:48:00"),
      ("Wed..Sat,Tue 12-10-15 1:2:3", "Tue..Sat 2012-10-15 01:02:03"),
      ("*-*-7 0:0:0", "*-*-07 00:00:00"),
      ("10-15", "*-10-15 00:00:00"),
      ("monday *-12-* 17:00", "Mon *-12-* 17:00:00"),
      ("Mon,Fri *-*-3,1,2 *:30:45", "Mon,Fri *-*-01,02,03 *:30:45"),
      ("12,14,13,12:20,10,30", "*-*-* 12,13,14:10,20,30:00"),
      ("12..14:10,20,30", "*-*-* 12..14:10,20,30:00"),
      ("mon,fri *-1/2-1,3 *:30:45", "Mon,Fri *-01/2-01,03 *:30:45"),
      ("03-05 08:05:40", "*-03-05 08:05:40"),
      ("08:05:40", "*-*-* 08:05:40"),
      ("05:40", "*-*-* 05:40:00"),
      ("Sat,Sun 12-05 08:05:40", "Sat,Sun *-12-05 08:05:40"),
      ("Sat,Sun 08:05:40", "Sat,Sun *-*-* 08:05:40"),
      ("2003-03-05 05:40", "2003-03-05 05:40:00"),
      ("05:40:23.4200004/3.1700005", "*-*-* 05:40:23.420000/3.170001"),
      ("2003-02..04-05", "2003-02..04-05 00:00:00"),
      ("2003-03-05 05:40 UTC", "2003-03-05 05:40:00 UTC"),
      ("2003-03-05", "2003-03-05 00:00:00"),
      ("03-05", "*-03-05 00:00:00"),
      ("hourly", "*-*-* *:00:00"),
      ("daily", "*-*-* 00:00:00"),
      ("daily UTC", "*-*-* 00:00:00 UTC"),
      ("monthly", "*-*-01 00:00:00"),
      ("weekly", "Mon *-*-* 00:00:00"),
      ("weekly Asia/Shanghai", "Mon *-*-* 00:00:00 Asia/Shanghai"),
      ("yearly", "*-01-01 00:00:00"),
      ("annually", "*-01-01 00:00:00"),
      ("quarterly", "*-01,04,07,10-01 00:00:00"),
      ("semiannually", "*-01,07-01 00:00:00"),
      ("minutely", "*-*-* *:*:00"),
      ("*:2/3", "*-*-* *:02/3:00"),
      ("*-*-* *:*:*", "*-*-* *:*:*"),
      ("*-02~03", "*-02~03 00:00:00"),
      ("Mon *-05~07/1", "Mon *-05~07/1 00:00:00"),
      ("@1395716396", "2014-03-25 02:59:56 UTC"),
    ])
  func manualExamples(_ text: String, _ expected: String) throws {
    #expect(try normalized(text) == expected)
  }

  @Test("a trailing abbreviation of the local zone is kept as the zone spells it")
  func localAbbreviation() throws {
    let spec = try CalendarSpec(parsing: "daily cest", context: Self.context)
    #expect(spec.daylightSaving == 1)
    #expect(spec.normalizedText == "*-*-* 00:00:00 CEST")
  }

  @Test(
    "invalid expressions are refused at the column of the fault",
    arguments: [
      ("", 1), ("bogus", 1), ("Mon..", 4), ("Sat..Mon", 6), ("Mond", 4), ("*-13-01", 3), ("*-*-32", 5),
      ("24:00", 1), ("*:60", 3), ("12:00:61", 7), ("1969-01-01", 1), ("2200-01-01", 1), ("*:0/0", 5),
      ("*-*-* 12:00 Nowhere/Zone", 13), ("12:00:00:00", 9), ("*-*~29", 5), ("@", 2), ("@-1", 3),
    ] as [(String, Int)])
  func invalid(_ text: String, _ column: Int) {
    #expect {
      try CalendarSpec(parsing: text, context: Self.context)
    } throws: { error in
      (error as? CalendarSyntaxError)?.column == column
    }
  }

  @Test("every error message exists in English and Chinese")
  func messages() throws {
    let error = try #require(throws: CalendarSyntaxError.self) {
      try CalendarSpec(parsing: "*-13-01", context: Self.context)
    }
    #expect(
      error.message(in: .english)
        == "invalid calendar expression at column 3: the month is out of range, or its repetition never repeats"
    )
    #expect(error.message(in: .simplifiedChinese).contains("月份超出范围"))
  }
}
