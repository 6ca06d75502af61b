import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// The zone reader against glibc's `zdump -v` over the system's tz database: every line zdump
/// prints must agree with `offset(at:)`, and local times around each transition must resolve
/// consistently with it.
struct ZdumpOracleTests {
  /// Zones with unusual histories: 30- and 45-minute offsets and DST, negative DST (Dublin,
  /// Casablanca), southern-hemisphere DST across the new year, date-line jumps (Apia,
  /// Kiritimati), a two-hour DST (Troll), rules on odd weekdays (Gaza, Santiago, Havana), and
  /// footers with v3 hours (Santiago's 24, Gaza's 50).
  static let zones = [
    "Australia/Lord_Howe", "Asia/Shanghai", "Europe/Berlin", "America/New_York", "Pacific/Chatham",
    "America/Santiago", "Asia/Tehran", "Europe/London", "Europe/Dublin", "Africa/Casablanca",
    "America/St_Johns", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Apia", "Pacific/Kiritimati",
    "America/Sao_Paulo", "Europe/Moscow", "Asia/Gaza", "America/Havana", "Antarctica/Troll",
    "Australia/Adelaide", "Pacific/Auckland", "America/Nuuk", "Australia/Sydney", "Etc/UTC",
  ]

  /// The years compared, zdump's `-c FIRST,END` (END excluded): those the brief names, where
  /// most transitions come from the files' tables, and later ones that only the footer rules
  /// decide.
  static let yearRanges = [1970...2040, 2040...2100]

  @Test("offset(at:) and resolve(localSeconds:) agree with every line zdump -v prints", arguments: zones)
  func agreesWithZdump(zone: String) throws {
    try ZoneDatabase.requireInstalled()
    let rules = try SystemTimeZone.rules(for: zone, environment: ZoneDatabase.environment)
    for years in Self.yearRanges {
      let output = try ZdumpOutput.run(zone: zone, years: years)
      Self.expectOffsetsAgree(output.lines, rules: rules, zone: zone)
      Self.expectOffsetsHold(between: output.records, years: years, rules: rules, zone: zone)
      Self.expectLocalTimesResolve(output.records, rules: rules, zone: zone)
    }
  }

  /// Every line: the offset, flag and abbreviation, and the local time and weekdays printed.
  private static func expectOffsetsAgree(_ lines: [ZdumpOutput.Line], rules: TimeZoneRules, zone: String) {
    for line in lines {
      switch line {
      case .unrepresentable(let instant):
        // zdump probes the extremes of time_t, where no year fits a broken-down time; the
        // reader must merely answer there.
        #expect(instant.magnitude > 1 << 62, "\(zone): zdump could not represent \(instant)")
        _ = rules.offset(at: instant)
        _ = rules.resolve(localSeconds: instant)
      case .instant(let record):
        #expect(rules.offset(at: record.instant) == record.offset, "\(zone) at \(record.instant)")
        #expect(record.instant + Int64(record.offset.secondsEastOfUTC) == record.localSeconds, "\(zone)")
        #expect(weekday(record.instant) == record.universalWeekday, "\(zone) at \(record.instant)")
        #expect(weekday(record.localSeconds) == record.localWeekday, "\(zone) at \(record.instant)")
      }
    }
  }

  /// Between zdump's transitions the offset stays what zdump printed after the earlier one.
  private static func expectOffsetsHold(
    between records: [ZdumpOutput.Record], years: ClosedRange<Int>, rules: TimeZoneRules, zone: String
  ) {
    let start = Int64(CivilCalendar.days(year: years.lowerBound, month: 1, day: 1) * 86_400)
    let end = Int64(CivilCalendar.days(year: years.upperBound, month: 1, day: 1) * 86_400)
    // The stretches: from the range start to the first line, between lines, to the range end.
    let bounds = [(start, records.first?.offset)] + records.map { ($0.instant, $0.offset) } + [(end, nil)]
    let steady = rules.offset(at: start)
    for (from, to) in zip(bounds, bounds.dropFirst()) where to.0 - from.0 > 1 {
      let expected = from.1 ?? steady
      for instant in [from.0 + 1, from.0 + (to.0 - from.0) / 2, to.0 - 1] {
        #expect(rules.offset(at: instant) == expected, "\(zone) at \(instant)")
      }
    }
  }

  /// Each printed local time resolves to its instant, and around each isolated transition the
  /// local times just outside, at the edges of a gap and at the edges of an overlap resolve
  /// as the two offsets dictate.
  private static func expectLocalTimesResolve(
    _ records: [ZdumpOutput.Record], rules: TimeZoneRules, zone: String
  ) {
    for record in records {
      let resolution = rules.resolve(localSeconds: record.localSeconds)
      #expect(instants(of: resolution).contains(record.instant), "\(zone) at \(record.instant)")
      expectConsistent(resolution, local: record.localSeconds, rules: rules, zone: zone)
    }
    let transitions = zip(records, records.dropFirst()).filter { $0.instant + 1 == $1.instant }
    let instants = transitions.map(\.1.instant)
    for (before, after) in transitions {
      let transition = after.instant
      // The exact expectations need no other transition near, which holds almost everywhere.
      guard instants.allSatisfy({ $0 == transition || abs($0 - transition) > 2 * 86_400 }) else { continue }
      let old = Int64(before.offset.secondsEastOfUTC)
      let new = Int64(after.offset.secondsEastOfUTC)
      let lastBefore = transition + min(old, new) - 1
      let firstAfter = transition + max(old, new)
      #expect(
        rules.resolve(localSeconds: lastBefore) == .unique(lastBefore - old), "\(zone) at \(transition)")
      #expect(
        rules.resolve(localSeconds: firstAfter) == .unique(firstAfter - new), "\(zone) at \(transition)")
      if new > old {
        let firstSkipped = transition + old
        let lastSkipped = transition + new - 1
        #expect(
          rules.resolve(localSeconds: firstSkipped)
            == .skipped(before: transition, after: firstSkipped - new),
          "\(zone) at \(transition)")
        #expect(
          rules.resolve(localSeconds: lastSkipped)
            == .skipped(before: lastSkipped - old, after: transition - 1),
          "\(zone) at \(transition)")
        #expect(rules.nextTransition(after: firstSkipped - new) == transition, "\(zone) at \(transition)")
      } else if new < old {
        let firstRepeated = transition + new
        let lastRepeated = transition + old - 1
        #expect(
          rules.resolve(localSeconds: firstRepeated)
            == .repeated(first: firstRepeated - old, second: transition),
          "\(zone) at \(transition)")
        #expect(
          rules.resolve(localSeconds: lastRepeated)
            == .repeated(first: transition - 1, second: lastRepeated - new),
          "\(zone) at \(transition)")
      }
    }
  }

  /// The instants a resolution names.
  private static func instants(of resolution: LocalTimeResolution) -> [Int64] {
    switch resolution {
    case .unique(let instant): [instant]
    case .repeated(let first, let second): [first, second]
    case .skipped: []
    }
  }

  /// Each instant named shows `local`; a skipped time's two readings use each other's offsets.
  private static func expectConsistent(
    _ resolution: LocalTimeResolution, local: Int64, rules: TimeZoneRules, zone: String
  ) {
    switch resolution {
    case .unique(let instant):
      #expect(instant + Int64(rules.offset(at: instant).secondsEastOfUTC) == local, "\(zone) local \(local)")
    case .repeated(let first, let second):
      #expect(first < second, "\(zone) local \(local)")
      for instant in [first, second] {
        #expect(
          instant + Int64(rules.offset(at: instant).secondsEastOfUTC) == local, "\(zone) local \(local)")
      }
    case .skipped(let before, let after):
      #expect(after < before, "\(zone) local \(local)")
      #expect(local - after == Int64(rules.offset(at: before).secondsEastOfUTC), "\(zone) local \(local)")
      #expect(local - before == Int64(rules.offset(at: after).secondsEastOfUTC), "\(zone) local \(local)")
    }
  }

  private static func weekday(_ seconds: Int64) -> Int {
    CivilCalendar.weekday(days: CivilCalendar.floorDivision(Int(seconds), 86_400).quotient)
  }
}
