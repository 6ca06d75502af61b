import RepayConfig
import RepayCore
import RepayDisplay
import Testing

/// How far away an instant is counts calendar days in the zone between today's date and the
/// instant's date, as due dates are counted; only on today's date is it hours and minutes.
struct RelativeTimeTests {
  /// The zone's rules from this machine's zone files.
  private func zone(_ identifier: String) throws -> TimeZoneRules {
    try SystemTimeZone.rules(for: identifier, environment: [:])
  }

  /// How far `target` is from `now` (RFC 3339 instants) in `zone`.
  private func distance(
    _ target: String, from now: String, in zone: TimeZoneRules?, _ language: Language = .english
  ) throws -> String {
    let target = try #require(InstantText.parse(target))
    let now = try #require(InstantText.parse(now))
    return RelativeTime.instant(target, from: now, zone: zone, in: language)
  }

  @Test("on today's date: hours and minutes, ahead and past")
  func today() throws {
    let newYork = try zone("America/New_York")
    // 10:00 and 15:00, 09:00 and 10:00:30 on 2026-06-10, EDT.
    #expect(try distance("2026-06-10T19:00:00Z", from: "2026-06-10T14:00:00Z", in: newYork) == "in 5 h")
    #expect(
      try distance("2026-06-10T19:00:00Z", from: "2026-06-10T14:00:00Z", in: newYork, .simplifiedChinese)
        == "5 小时后")
    #expect(try distance("2026-06-10T13:00:00Z", from: "2026-06-10T14:00:00Z", in: newYork) == "1 h ago")
    #expect(try distance("2026-06-10T14:00:30Z", from: "2026-06-10T14:00:00Z", in: newYork) == "in 30 s")
  }

  @Test("across midnight a date is one day away, however few or many hours lie between")
  func acrossMidnight() throws {
    let newYork = try zone("America/New_York")
    // 23:30 on 2026-06-10 to 00:10 on 2026-06-11: 40 minutes, and tomorrow.
    #expect(try distance("2026-06-11T04:10:00Z", from: "2026-06-11T03:30:00Z", in: newYork) == "tomorrow")
    #expect(
      try distance("2026-06-11T04:10:00Z", from: "2026-06-11T03:30:00Z", in: newYork, .simplifiedChinese)
        == "明天")
    #expect(try distance("2026-06-11T03:30:00Z", from: "2026-06-11T04:10:00Z", in: newYork) == "yesterday")
    // 00:05 on 2026-06-10 to 23:55 on 2026-06-11: almost two days of hours, still tomorrow.
    #expect(try distance("2026-06-12T03:55:00Z", from: "2026-06-10T04:05:00Z", in: newYork) == "tomorrow")
    // The same instants seen in UTC fall on other dates.
    #expect(try distance("2026-06-11T04:10:00Z", from: "2026-06-11T03:30:00Z", in: nil) == "in 40 min")
  }

  @Test("a snooze of 3d and --until 18 days ahead are 3 and 18 days away when shown")
  func snoozeEnds() throws {
    let newYork = try zone("America/New_York")
    // Shown a moment after the daemon made it: 3 days less a second.
    #expect(try distance("2026-06-13T18:02:59Z", from: "2026-06-10T18:03:00Z", in: newYork) == "in 3 days")
    #expect(
      try distance("2026-06-13T18:02:59Z", from: "2026-06-10T18:03:00Z", in: newYork, .simplifiedChinese)
        == "3 天后")
    // The start of 2026-06-28 from 14:00 on 2026-06-10.
    #expect(try distance("2026-06-28T04:00:00Z", from: "2026-06-10T18:00:00Z", in: newYork) == "in 18 days")
    #expect(try distance("2026-06-07T18:00:00Z", from: "2026-06-10T18:00:00Z", in: newYork) == "3 days ago")
  }

  @Test("a change of daylight saving time: a 23- or 25-hour day is one date")
  func daylightSavingTime() throws {
    let newYork = try zone("America/New_York")
    // 23:30 EST on 2026-03-07 to 23:30 EDT on 2026-03-08: 23 hours, tomorrow.
    #expect(try distance("2026-03-09T03:30:00Z", from: "2026-03-08T04:30:00Z", in: newYork) == "tomorrow")
    // 00:30 EST to 23:30 EDT on 2026-03-08, across the gap: 22 hours, the same date.
    #expect(try distance("2026-03-09T03:30:00Z", from: "2026-03-08T05:30:00Z", in: newYork) == "in 22 h")
    // 00:10 EDT to 23:50 EST on 2026-11-01: 24 hours 40 minutes, the same date.
    #expect(try distance("2026-11-02T04:50:00Z", from: "2026-11-01T04:10:00Z", in: newYork) == "in 24 h")
    #expect(
      try distance("2026-11-02T04:50:00Z", from: "2026-11-01T04:10:00Z", in: newYork, .simplifiedChinese)
        == "24 小时后")
    let berlin = try zone("Europe/Berlin")
    // 23:00 CET on 2026-03-28 to 00:30 CEST on 2026-03-31: 48 hours 30 minutes, three dates on.
    #expect(try distance("2026-03-30T22:30:00Z", from: "2026-03-28T22:00:00Z", in: berlin) == "in 3 days")
  }
}
