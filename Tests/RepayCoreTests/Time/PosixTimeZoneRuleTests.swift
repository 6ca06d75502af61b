import RepayCore
import Testing

/// POSIX TZ rules (POSIX.1 `TZ`, with RFC 8536's version 3 extensions), through
/// `TimeZoneRules(identifier:posixRule:)`. The expected instants come from the rules' wording
/// and a calendar: "M3.5.0" is the last Sunday of March, 29 March in 2026.
struct PosixTimeZoneRuleTests {
  private typealias T = ZoneTestTime

  private static func rules(_ rule: String) throws -> TimeZoneRules {
    try TimeZoneRules(identifier: rule, posixRule: rule)
  }

  private static func offset(_ seconds: Int, _ isDaylightSaving: Bool, _ abbreviation: String) -> ZoneOffset {
    ZoneOffset(secondsEastOfUTC: seconds, isDaylightSaving: isDaylightSaving, abbreviation: abbreviation)
  }

  @Test("Europe/Berlin's rule changes at 01:00 UTC on the last Sundays of March and October")
  func centralEurope() throws {
    let rules = try Self.rules("CET-1CEST,M3.5.0,M10.5.0/3")
    let winter = Self.offset(3_600, false, "CET")
    let summer = Self.offset(7_200, true, "CEST")
    #expect(rules.offset(at: T.seconds(2026, 3, 29, 0, 59, 59)) == winter)
    #expect(rules.offset(at: T.seconds(2026, 3, 29, 1)) == summer)
    #expect(rules.offset(at: T.seconds(2026, 10, 25, 0, 59, 59)) == summer)
    #expect(rules.offset(at: T.seconds(2026, 10, 25, 1)) == winter)
    #expect(rules.offset(at: T.seconds(2027, 3, 28, 1)) == summer)
    #expect(rules.offset(at: T.seconds(2027, 10, 31, 0, 59, 59)) == summer)
    #expect(rules.offset(at: T.seconds(2027, 10, 31, 1)) == winter)
    #expect(rules.nextTransition(after: T.seconds(2026, 1, 1)) == T.seconds(2026, 3, 29, 1))
    #expect(rules.nextTransition(after: T.seconds(2026, 3, 29, 1)) == T.seconds(2026, 10, 25, 1))
    #expect(rules.standardAbbreviation == "CET")
    #expect(rules.daylightAbbreviation == "CEST")
  }

  @Test("without change dates the United States rule applies, and daylight time is one hour ahead")
  func defaults() throws {
    let rules = try Self.rules("EST5EDT")
    #expect(rules.offset(at: T.seconds(2026, 3, 8, 6, 59, 59)) == Self.offset(-18_000, false, "EST"))
    #expect(rules.offset(at: T.seconds(2026, 3, 8, 7)) == Self.offset(-14_400, true, "EDT"))
    #expect(rules.offset(at: T.seconds(2026, 11, 1, 5, 59, 59)) == Self.offset(-14_400, true, "EDT"))
    #expect(rules.offset(at: T.seconds(2026, 11, 1, 6)) == Self.offset(-18_000, false, "EST"))
    let explicit = try TimeZoneRules(
      identifier: "EST5EDT", posixRule: "EST+5EDT4:00,M3.2.0/2,M11.1.0/02:00:00")
    #expect(rules == explicit)
  }

  @Test("in the southern hemisphere daylight saving spans the new year (Australia/Sydney)")
  func southernHemisphere() throws {
    let rules = try Self.rules("AEST-10AEDT,M10.1.0,M4.1.0/3")
    let standard = Self.offset(36_000, false, "AEST")
    let daylight = Self.offset(39_600, true, "AEDT")
    #expect(rules.offset(at: T.seconds(2026, 1, 15)) == daylight)
    #expect(rules.offset(at: T.seconds(2026, 4, 4, 15, 59, 59)) == daylight)
    #expect(rules.offset(at: T.seconds(2026, 4, 4, 16)) == standard)
    #expect(rules.offset(at: T.seconds(2026, 6, 15)) == standard)
    #expect(rules.offset(at: T.seconds(2026, 10, 3, 15, 59, 59)) == standard)
    #expect(rules.offset(at: T.seconds(2026, 10, 3, 16)) == daylight)
    #expect(rules.offset(at: T.seconds(2026, 12, 31, 23, 59, 59)) == daylight)
    #expect(rules.offset(at: T.seconds(2027, 1, 1)) == daylight)
    #expect(rules.nextTransition(after: T.seconds(2026, 12, 1)) == T.seconds(2027, 4, 3, 16))
  }

  @Test("Lord Howe Island's daylight saving is 30 minutes, with abbreviations in angle brackets")
  func halfHourDaylightSaving() throws {
    let rules = try Self.rules("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0")
    let standard = Self.offset(37_800, false, "+1030")
    let daylight = Self.offset(39_600, true, "+11")
    // Ends at 02:00 +11 on the first Sunday of April, starts at 02:00 +1030 on that of October.
    #expect(rules.offset(at: T.seconds(2026, 4, 4, 14, 59, 59)) == daylight)
    #expect(rules.offset(at: T.seconds(2026, 4, 4, 15)) == standard)
    #expect(rules.offset(at: T.seconds(2026, 10, 3, 15, 29, 59)) == standard)
    #expect(rules.offset(at: T.seconds(2026, 10, 3, 15, 30)) == daylight)
    #expect(rules.standardAbbreviation == "+1030")
    #expect(rules.daylightAbbreviation == "+11")
  }

  @Test("a rule without daylight saving has one offset, minutes included (Asia/Tehran)")
  func fixedOffset() throws {
    let rules = try Self.rules("<+0330>-3:30")
    for instant in [Int64.min, -1, 0, T.seconds(2026, 3, 21), Int64.max] {
      #expect(rules.offset(at: instant) == Self.offset(12_600, false, "+0330"))
    }
    #expect(rules.nextTransition(after: 0) == nil)
    #expect(rules.standardAbbreviation == "+0330")
    #expect(rules.daylightAbbreviation == nil)
    #expect(try Self.rules("UTC0").offset(at: 0) == Self.offset(0, false, "UTC"))
    #expect(try Self.rules("<-0330>3:30").offset(at: 0) == Self.offset(-12_600, false, "-0330"))
    #expect(try Self.rules("XXX-12:45:30").offset(at: 0) == Self.offset(45_930, false, "XXX"))
  }

  @Test("version 3 change times may be negative (America/Nuuk style)")
  func negativeChangeTimes() throws {
    // -2:00 on the last Sunday of March in -03 is Saturday 22:00 local, Sunday 01:00 UTC;
    // -1:00 on the last Sunday of October in -02 is Saturday 23:00 local, Sunday 01:00 UTC.
    let rules = try Self.rules("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1")
    #expect(rules.offset(at: T.seconds(2026, 3, 29, 0, 59, 59)) == Self.offset(-10_800, false, "-03"))
    #expect(rules.offset(at: T.seconds(2026, 3, 29, 1)) == Self.offset(-7_200, true, "-02"))
    #expect(rules.offset(at: T.seconds(2026, 10, 25, 0, 59, 59)) == Self.offset(-7_200, true, "-02"))
    #expect(rules.offset(at: T.seconds(2026, 10, 25, 1)) == Self.offset(-10_800, false, "-03"))
  }

  @Test("version 3 change times may pass into later days (Asia/Gaza's 50 hours)")
  func largeChangeTimes() throws {
    // The fourth Thursday plus 50 hours is the Saturday after, at 02:00.
    let rules = try Self.rules("EET-2EEST,M3.4.4/50,M10.4.4/50")
    #expect(rules.offset(at: T.seconds(2026, 3, 27, 23, 59, 59)).isDaylightSaving == false)
    #expect(rules.offset(at: T.seconds(2026, 3, 28)).isDaylightSaving)
    #expect(rules.offset(at: T.seconds(2026, 10, 23, 22, 59, 59)).isDaylightSaving)
    #expect(rules.offset(at: T.seconds(2026, 10, 23, 23)).isDaylightSaving == false)
    // The extremes, almost a week either way: Sunday 8 March 2026 + 167:59:59 is Saturday 14
    // March 23:59:59 EST; Sunday 1 November - 167 hours is Sunday 25 October 01:00 EDT.
    let extreme = try Self.rules("EST5EDT,M3.2.0/167:59:59,M11.1.0/-167")
    #expect(extreme.offset(at: T.seconds(2026, 3, 15, 4, 59, 58)).isDaylightSaving == false)
    #expect(extreme.offset(at: T.seconds(2026, 3, 15, 4, 59, 59)).isDaylightSaving)
    #expect(extreme.offset(at: T.seconds(2026, 10, 25, 4, 59, 59)).isDaylightSaving)
    #expect(extreme.offset(at: T.seconds(2026, 10, 25, 5)).isDaylightSaving == false)
  }

  @Test("Jn never counts 29 February, n does")
  func julianAndZeroBasedDays() throws {
    // J60 is 1 March in every year.
    let julian = try Self.rules("STD0DST0,J60/0,J61/0")
    #expect(julian.offset(at: T.seconds(2024, 2, 29, 12)).isDaylightSaving == false)
    #expect(julian.offset(at: T.seconds(2024, 3, 1, 12)).isDaylightSaving)
    #expect(julian.offset(at: T.seconds(2024, 3, 2, 0)).isDaylightSaving == false)
    #expect(julian.offset(at: T.seconds(2023, 3, 1, 12)).isDaylightSaving)
    // Day 59 counted from 0 is 29 February in a leap year, 1 March otherwise.
    let zeroBased = try Self.rules("STD0DST0,59/0,60/0")
    #expect(zeroBased.offset(at: T.seconds(2024, 2, 28, 12)).isDaylightSaving == false)
    #expect(zeroBased.offset(at: T.seconds(2024, 2, 29, 12)).isDaylightSaving)
    #expect(zeroBased.offset(at: T.seconds(2024, 3, 1, 12)).isDaylightSaving == false)
    #expect(zeroBased.offset(at: T.seconds(2023, 2, 28, 12)).isDaylightSaving == false)
    #expect(zeroBased.offset(at: T.seconds(2023, 3, 1, 12)).isDaylightSaving)
    // J365 is 31 December even in a leap year; n = 0 is 1 January.
    let yearEnd = try Self.rules("STD0DST0,J365/0,0/0")
    #expect(yearEnd.offset(at: T.seconds(2024, 12, 30, 12)).isDaylightSaving == false)
    #expect(yearEnd.offset(at: T.seconds(2024, 12, 31, 12)).isDaylightSaving)
    #expect(yearEnd.offset(at: T.seconds(2025, 1, 1, 12)).isDaylightSaving == false)
  }

  @Test("week 5 is the last such weekday of the month, even when the month has only four")
  func lastWeekday() throws {
    // Saturdays in February 2026: 7, 14, 21, 28; in February 2025: 1, 8, 15, 22.
    let rules = try Self.rules("STD0DST0,M2.5.6/0,M3.1.0/0")
    #expect(rules.offset(at: T.seconds(2026, 2, 27, 23, 59, 59)).isDaylightSaving == false)
    #expect(rules.offset(at: T.seconds(2026, 2, 28)).isDaylightSaving)
    #expect(rules.offset(at: T.seconds(2025, 2, 21, 23, 59, 59)).isDaylightSaving == false)
    #expect(rules.offset(at: T.seconds(2025, 2, 22)).isDaylightSaving)
  }

  @Test("daylight saving from 1 January 00:00 to 31 December 24:00 plus the shift lasts all year")
  func permanentDaylightSaving() throws {
    // RFC 8536 section 3.3.1's example.
    let rules = try Self.rules("EST5EDT,0/0,J365/25")
    for instant in [
      T.seconds(2026, 1, 1), T.seconds(2026, 1, 1, 4, 59, 59), T.seconds(2026, 1, 1, 5),
      T.seconds(2026, 7, 1),
      T.seconds(2024, 12, 31, 23), T.seconds(2027, 1, 1, 5), Int64.min, Int64.max,
    ] {
      #expect(rules.offset(at: instant) == Self.offset(-14_400, true, "EDT"))
    }
    #expect(rules.nextTransition(after: 0) == nil)
  }

  @Test("rules repeat every 400 years and answer at every Int64 instant")
  func periodicity() throws {
    let rules = try Self.rules("CET-1CEST,M3.5.0,M10.5.0/3")
    var instant = T.seconds(2026, 1, 1)
    while instant < T.seconds(2027, 1, 1) {
      for cycles: Int64 in [-5, -1, 1, 1_000] {
        #expect(rules.offset(at: instant + cycles * T.gregorianCycle) == rules.offset(at: instant))
      }
      instant += 86_400 * 7 + 3_607
    }
    for extreme in [Int64.min, Int64.min + 1, -(1 << 62), 1 << 62, Int64.max - 1, Int64.max] {
      _ = rules.offset(at: extreme)
      _ = rules.nextTransition(after: extreme)
      _ = rules.resolve(localSeconds: extreme)
    }
    #expect(rules.nextTransition(after: Int64.max) == nil)
  }

  @Test(
    "malformed rules are refused with the position and the element expected",
    arguments: [
      ("", 1, TimeZoneError.RuleElement.abbreviation),
      ("ES5", 1, .abbreviation),
      ("EST", 4, .offset),
      ("EST25", 4, .offset),
      ("EST5:60", 4, .offset),
      ("EST+", 4, .offset),
      ("<AB>5", 1, .abbreviation),
      ("<EST5", 1, .abbreviation),
      ("<E_T>5", 1, .abbreviation),
      ("EST5EDT;M3.2.0,M11.1.0", 8, .comma),
      ("EST5EDT,M3.2.0", 15, .comma),
      ("EST5EDT,M13.1.0,M11.1.0", 9, .date),
      ("EST5EDT,M3.6.0,M11.1.0", 9, .date),
      ("EST5EDT,M3.2.7,M11.1.0", 9, .date),
      ("EST5EDT,M3.2,M11.1.0", 9, .date),
      ("EST5EDT,J0,M11.1.0", 9, .date),
      ("EST5EDT,J366,M11.1.0", 9, .date),
      ("EST5EDT,366,M11.1.0", 9, .date),
      ("EST5EDT,M3.2.0/168,M11.1.0", 16, .time),
      ("EST5EDT,M3.2.0/-168,M11.1.0", 16, .time),
      ("EST5EDT,M3.2.0/2:60,M11.1.0", 16, .time),
      ("EST5EDT,M3.2.0,M11.1.0x", 23, .end),
      ("<+0330>-3:30x", 13, .abbreviation),
      ("中国8", 1, .abbreviation),
      ("EST5EDT,中", 9, .date),
      ("ÉST5EDT,M3.2.0,M11.1.0/99999999999999999999999", 1, .abbreviation),
      ("EST5EDT,M3.2.0,M11.1.0/99999999999999999999999", 24, .time),
    ] as [(String, Int, TimeZoneError.RuleElement)])
  func malformed(_ rule: String, _ position: Int, _ expected: TimeZoneError.RuleElement) {
    #expect(
      throws: TimeZoneError(
        identifier: "zone", reason: .invalidRule(rule: rule, position: position, expected: expected))
    ) {
      try TimeZoneRules(identifier: "zone", posixRule: rule)
    }
  }
}
