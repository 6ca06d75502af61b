/// The daylight-saving part of a POSIX TZ rule: the daylight offset and the yearly changes
/// into and out of it, evaluated with the semantics of the reference implementation (tzcode):
/// the rule's transitions are those of every year, and the offset at an instant is set by the
/// latest transition at or before it.
///
/// A year contributes its two transitions unless daylight saving would start and end at the
/// same instant or last a whole year or more; a rule whose years contribute none (such as
/// `EST5EDT,0/0,J365/25`) is daylight saving all the time, as RFC 8536 section 3.3.1 says.
///
/// The Gregorian calendar repeats every 400 years, weekdays included, and so do the rule's
/// transitions. They are computed once, for one cycle, so that a lookup is a binary search
/// for any `Int64` instant, far from overflow and without allocation. Only the offset and
/// the transitions are kept: two rules with the same are the same rule.
struct DaylightSavingRule: Hashable, Sendable {
  /// The offset while daylight saving time is in force.
  let daylight: ZoneOffset
  /// The transitions from 1970 to 2370 (one cycle) and of the years next to them, in
  /// ascending order of instant.
  private let transitions: [Int64]
  /// For each transition, whether daylight saving time starts (rather than ends) there.
  private let startsDaylightSaving: [Bool]

  /// Seconds in 400 Gregorian years (146,097 days, exactly 20,871 weeks).
  private static let secondsPerCycle = 146_097 * CivilCalendar.secondsPerDay
  /// The years whose transitions cover the cycle from 1970-01-01 with room on both sides: a
  /// year's transitions stray at most a week and a day outside it (change times up to 167:59:59
  /// plus a UTC offset up to 24:59:59).
  private static let coveredYears = 1968...2371

  /// Daylight saving time `daylight` alternating with `standard`, starting at `start` (read in
  /// standard time) and ending at `end` (read in daylight time).
  init(daylight: ZoneOffset, standard: ZoneOffset, start: PosixRuleChange, end: PosixRuleChange) {
    self.daylight = daylight
    var changes: [(instant: Int64, startsDaylightSaving: Bool)] = []
    for year in Self.coveredYears {
      let startInstant = start.localSeconds(inYear: year) - standard.secondsEastOfUTC
      let endInstant = end.localSeconds(inYear: year) - daylight.secondsEastOfUTC
      let yearLength = (CivilCalendar.isLeapYear(year) ? 366 : 365) * CivilCalendar.secondsPerDay
      if endInstant < startInstant || (startInstant < endInstant && endInstant - startInstant < yearLength) {
        changes += [(Int64(startInstant), true), (Int64(endInstant), false)]
      }
    }
    // Only contrived rules make years overlap; the year order then decides among equals.
    let ordered = changes.enumerated().sorted {
      ($0.element.instant, $0.offset) < ($1.element.instant, $1.offset)
    }
    transitions = ordered.map(\.element.instant)
    startsDaylightSaving = ordered.map(\.element.startsDaylightSaving)
  }

  /// Whether daylight saving time is in force at `instant` (Unix seconds).
  func isInEffect(at instant: Int64) -> Bool {
    let reduced = Int64(CivilCalendar.floorDivision(Int(instant), Self.secondsPerCycle).remainder)
    let index = transitions.indexOfLast(atOrBefore: reduced)
    guard index >= 0 else { return startsDaylightSaving.first.map { !$0 } ?? true }
    return startsDaylightSaving[index]
  }

  /// The first transition strictly after `instant`, or nil when the rule has none (daylight
  /// saving all the time) or it lies beyond `Int64`.
  func transition(after instant: Int64) -> Int64? {
    let (cycle, reduced) = CivilCalendar.floorDivision(Int(instant), Self.secondsPerCycle)
    let index = transitions.indexOfLast(atOrBefore: Int64(reduced)) + 1
    guard index < transitions.count else { return nil }
    let (cycleStart, overflow) = Int64(cycle).multipliedReportingOverflow(by: Int64(Self.secondsPerCycle))
    let (result, overflowAgain) = cycleStart.addingReportingOverflow(transitions[index])
    return overflow || overflowAgain ? nil : result
  }
}
