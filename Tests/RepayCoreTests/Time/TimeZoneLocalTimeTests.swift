import RepayCore
import Testing

/// Local wall-clock times to instants: gaps and overlaps, from the zones' rules and a calendar.
struct TimeZoneLocalTimeTests {
  private typealias T = ZoneTestTime

  private static let berlin = try! TimeZoneRules(
    identifier: "Europe/Berlin", posixRule: "CET-1CEST,M3.5.0,M10.5.0/3")
  private static let lordHowe = try! TimeZoneRules(
    identifier: "Australia/Lord_Howe", posixRule: "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0")

  @Test("Europe/Berlin, 29 March 2026: 02:00 to 02:59:59 do not exist")
  func berlinGap() {
    let zone = Self.berlin
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 3, 29, 1, 59, 59))
        == .unique(T.seconds(2026, 3, 29, 0, 59, 59)))
    // Read with CET (before the gap) 02:30 is 01:30 UTC, 03:30 CEST; read with CEST, 00:30 UTC, 01:30 CET.
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 3, 29, 2, 30))
        == .skipped(before: T.seconds(2026, 3, 29, 1, 30), after: T.seconds(2026, 3, 29, 0, 30)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 3, 29, 2))
        == .skipped(before: T.seconds(2026, 3, 29, 1), after: T.seconds(2026, 3, 29, 0)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 3, 29, 2, 59, 59))
        == .skipped(before: T.seconds(2026, 3, 29, 1, 59, 59), after: T.seconds(2026, 3, 29, 0, 59, 59)))
    #expect(zone.resolve(localSeconds: T.seconds(2026, 3, 29, 3)) == .unique(T.seconds(2026, 3, 29, 1)))
    // The first instant after the gap, where the daemon fires a reminder set inside it.
    #expect(zone.nextTransition(after: T.seconds(2026, 3, 29, 0, 30)) == T.seconds(2026, 3, 29, 1))
  }

  @Test("Europe/Berlin, 25 October 2026: 02:00 to 02:59:59 occur twice")
  func berlinOverlap() {
    let zone = Self.berlin
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 10, 25, 1, 59, 59))
        == .unique(T.seconds(2026, 10, 24, 23, 59, 59)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 10, 25, 2))
        == .repeated(first: T.seconds(2026, 10, 25, 0), second: T.seconds(2026, 10, 25, 1)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 10, 25, 2, 30))
        == .repeated(first: T.seconds(2026, 10, 25, 0, 30), second: T.seconds(2026, 10, 25, 1, 30)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 10, 25, 2, 59, 59))
        == .repeated(first: T.seconds(2026, 10, 25, 0, 59, 59), second: T.seconds(2026, 10, 25, 1, 59, 59)))
    #expect(zone.resolve(localSeconds: T.seconds(2026, 10, 25, 3)) == .unique(T.seconds(2026, 10, 25, 2)))
  }

  @Test("Australia/Lord_Howe: a 30-minute gap in October and a 30-minute overlap in April")
  func lordHowe() {
    let zone = Self.lordHowe
    // 4 October 2026: 02:00 +1030 becomes 02:30 +11.
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 10, 4, 1, 59, 59))
        == .unique(T.seconds(2026, 10, 3, 15, 29, 59)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 10, 4, 2, 15))
        == .skipped(before: T.seconds(2026, 10, 3, 15, 45), after: T.seconds(2026, 10, 3, 15, 15)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 10, 4, 2, 30)) == .unique(T.seconds(2026, 10, 3, 15, 30)))
    // 5 April 2026: 02:00 +11 becomes 01:30 +1030.
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 4, 5, 1, 29, 59))
        == .unique(T.seconds(2026, 4, 4, 14, 29, 59)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 4, 5, 1, 30))
        == .repeated(first: T.seconds(2026, 4, 4, 14, 30), second: T.seconds(2026, 4, 4, 15)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2026, 4, 5, 1, 45))
        == .repeated(first: T.seconds(2026, 4, 4, 14, 45), second: T.seconds(2026, 4, 4, 15, 15)))
    #expect(zone.resolve(localSeconds: T.seconds(2026, 4, 5, 2)) == .unique(T.seconds(2026, 4, 4, 15, 30)))
  }

  @Test("UTC: one offset, every local time exactly once")
  func utc() {
    let zone = TimeZoneRules.utc
    #expect(zone.identifier == "UTC")
    #expect(zone.standardAbbreviation == "UTC")
    #expect(zone.daylightAbbreviation == nil)
    for seconds in [Int64.min, -1, 0, T.seconds(2026, 3, 29, 2, 30), Int64.max] {
      #expect(
        zone.offset(at: seconds)
          == ZoneOffset(secondsEastOfUTC: 0, isDaylightSaving: false, abbreviation: "UTC"))
      #expect(zone.resolve(localSeconds: seconds) == .unique(seconds))
      #expect(zone.nextTransition(after: seconds) == nil)
    }
  }

  @Test("a whole skipped day (Pacific/Apia, 30 December 2011) resolves to both readings")
  func skippedDay() throws {
    var data = TZifTestData()
    data.abbreviations = "-10\0+14\0"
    data.types = [
      .init(utOffset: -36_000, isDaylightSaving: 1, abbreviationIndex: 0),
      .init(utOffset: 50_400, isDaylightSaving: 1, abbreviationIndex: 4),
    ]
    data.transitions = [T.seconds(2011, 12, 30, 10)]
    data.transitionTypes = [1]
    let zone = try TimeZoneRules(identifier: "Pacific/Apia", tzif: data.bytes())
    #expect(
      zone.resolve(localSeconds: T.seconds(2011, 12, 29, 23, 59, 59))
        == .unique(T.seconds(2011, 12, 30, 9, 59, 59)))
    #expect(
      zone.resolve(localSeconds: T.seconds(2011, 12, 30, 12))
        == .skipped(before: T.seconds(2011, 12, 30, 22), after: T.seconds(2011, 12, 29, 22)))
    #expect(zone.resolve(localSeconds: T.seconds(2011, 12, 31)) == .unique(T.seconds(2011, 12, 30, 10)))
  }

  @Test("local times at the limits of Int64 answer without trapping")
  func extremes() {
    for zone in [Self.berlin, Self.lordHowe] {
      for seconds in [Int64.min, Int64.min + 1, Int64.max - 1, Int64.max] {
        _ = zone.resolve(localSeconds: seconds)
      }
    }
  }
}
