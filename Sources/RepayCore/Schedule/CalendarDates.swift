/// Answers "the first date on or after D that this due calendar matches" for many loans,
/// remembering each answer: loans often share an expression (`*-*~01` for every credit card),
/// and each walk from a first due date asks the same questions again.
///
/// One instance serves one computation; it is not thread-safe (like the systemd clock it holds,
/// which keeps state between calls).
public final class CalendarDates {
  /// The clock that evaluates expressions, in UTC.
  public let clock = SystemdCalendarClock(localZone: .utc)
  private var answers: [String: [Int: Int]] = [:]

  /// A fresh memory.
  public init() {}

  /// The first date on or after `date` that `rule` matches, or nil when there is none.
  public func firstDate(of rule: CalendarDateRule, onOrAfter date: LocalDate) -> LocalDate? {
    if let known = answers[rule.text]?[date.daysSinceEpoch] {
      return known == .min ? nil : LocalDate(daysSinceEpoch: known)
    }
    let answer = rule.firstDate(onOrAfter: date, clock: clock)
    answers[rule.text, default: [:]][date.daysSinceEpoch] = answer?.daysSinceEpoch ?? .min
    return answer
  }
}
