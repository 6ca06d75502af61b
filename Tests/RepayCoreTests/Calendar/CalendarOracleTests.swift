import Foundation
import RepayConfig
import RepayCore
import Testing

/// Our calendar engine against systemd itself: for generated expressions (valid and invalid,
/// every syntax feature) in several zones, at an ordinary base time and minutes before DST
/// changes, `systemd-analyze calendar` and we agree on validity, the normalized form and the
/// next five elapses to the second.
@Suite(.timeLimit(.minutes(10)))
struct CalendarOracleTests {
  static let zones = [
    "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Shanghai", "America/Santiago",
    "Pacific/Chatham", "Asia/Tehran", "UTC",
  ]
  static let expressionsPerZone = 1_100
  static let ordinaryBase: Int64 = 1_795_000_000  // 2026-11-18T09:46:40Z

  /// Hand-written expressions for the corners, from systemd.time(7), evaluated in every zone.
  static let corners = [
    "*-*-* 02:30:00", "*-*-* 01:30:00", "*-*-* 02:00:00", "*-*-* 03:00:00", "*-*-* *:30:00", "*-*-* *:*:00",
    "Sun *-*-* 02:30", "*-*-* 00:00:00", "*-*~01", "*-02~01", "*-*~03/2", "*-*-29,30,31", "*-02-29",
    "2027-03-28 02:30", "2026-10-25 02:30", "Mon..Fri 09:30", "*:0/15", "*:*:0/7.5", "12:00:00.5",
    "weekly", "minutely", "@1800000000", "daily Europe/Berlin", "hourly America/New_York", "*-*-* 24:00",
  ]

  @Test("systemd and we agree on every expression", arguments: zones)
  func agreesWithSystemd(zone: String) throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: SystemdAnalyzeCalendar.executable),
      "systemd-analyze is missing: apt-get install systemd (scripts/install-deps does)")
    let context = try SystemCalendarContext(environment: ["TZ": zone])
    let abbreviations =
      ["Europe/Berlin", "America/New_York"].contains(zone)
      ? [context.localZone.standardAbbreviation, context.localZone.daylightAbbreviation ?? ""] : []
    var generator = CalendarExpressionGenerator(seed: UInt64(Self.zones.firstIndex(of: zone)! + 1) * 7919)
    let expressions =
      Self.corners
      + (0..<Self.expressionsPerZone).map { _ in generator.expression(localAbbreviations: abbreviations) }

    // Minutes and seconds before the zone's DST changes (Tehran's last ones were in 2022).
    let transitions = try SystemdAnalyzeCalendar.transitions(zone: zone, years: 2021...2028).suffix(4)
    // Shanghai and UTC have no DST changes; the others must have given their four.
    #expect(transitions.count == (["Asia/Shanghai", "UTC"].contains(zone) ? 0 : 4))
    let bases = [Self.ordinaryBase] + transitions.flatMap { [$0 - 300, $0 - 1] }

    var disagreements: [String] = []
    var validCount = 0
    for base in bases {
      let verdicts = try SystemdAnalyzeCalendar.run(expressions, zone: zone, baseSeconds: base, iterations: 5)
      let clock = SystemdCalendarClock(localZone: context.localZone)
      for (expression, verdict) in zip(expressions, verdicts) {
        let ours: SystemdAnalyzeCalendar.Verdict?
        switch context.evaluate(expression, after: base * 1_000_000, count: 5, clock: clock) {
        case .success(let evaluation):
          ours = SystemdAnalyzeCalendar.Verdict(
            normalized: evaluation.normalized,
            elapsesUTC: evaluation.elapses.map {
              String(InstantText.format(microseconds: $0).prefix(19)).replacingOccurrences(of: "T", with: " ")
            })
          validCount += 1
        case .failure:
          ours = nil
        }
        if ours != verdict, disagreements.count < 25 {
          disagreements.append(
            "TZ=\(zone) base @\(base) '\(expression)': systemd \(verdict.map(\.description) ?? "invalid"), ours \(ours.map(\.description) ?? "invalid")"
          )
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    // The generator must produce both kinds in quantity, or the comparison proves little.
    let total = bases.count * expressions.count
    #expect(validCount > total / 4, "only \(validCount) of \(total) cases were valid")
    #expect(validCount < total * 9 / 10, "\(total - validCount) of \(total) cases were invalid")
  }
}
