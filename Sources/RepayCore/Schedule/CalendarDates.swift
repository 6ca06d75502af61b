/// Answers "the first date on or after D that this due calendar matches" for many loans,
/// remembering each answer: loans often share an expression (`*-*~01` for every credit card),
/// and each walk from a first due date asks the same questions again.
///
/// One instance serves one computation; it is not thread-safe (like the systemd clock it holds,
/// which keeps state between calls).
public final class CalendarDates {
  /// The clock that evaluates expressions, in UTC.
  public let clock = SystemdCalendarClock(localZone: .utc)
  private var answers: [String: Answers] = [:]

  /// A fresh memory.
  public init() {}

  /// The first date on or after `date` that `rule` matches, or nil when there is none.
  public func firstDate(of rule: CalendarDateRule, onOrAfter date: LocalDate) -> LocalDate? {
    answers(for: rule).firstDate(onOrAfter: date)
  }

  /// The remembered answers for `rule`: a caller that asks about one rule many times (a loan's
  /// instalments) looks the rule up once, rather than hashing its text at every question.
  public func answers(for rule: CalendarDateRule) -> Answers {
    if let known = answers[rule.text] { return known }
    let made = Answers(rule: rule, clock: clock)
    answers[rule.text] = made
    return made
  }

  /// The remembered answers of one rule.
  public final class Answers {
    private let rule: CalendarDateRule
    private let clock: SystemdCalendarClock
    private var known: [Int: Int] = [:]

    fileprivate init(rule: CalendarDateRule, clock: SystemdCalendarClock) {
      self.rule = rule
      self.clock = clock
    }

    /// The first date on or after `date` that the rule matches, or nil when there is none.
    public func firstDate(onOrAfter date: LocalDate) -> LocalDate? {
      if let known = known[date.daysSinceEpoch] {
        return known == .min ? nil : LocalDate(daysSinceEpoch: known)
      }
      let answer = rule.firstDate(onOrAfter: date, clock: clock)
      known[date.daysSinceEpoch] = answer?.daysSinceEpoch ?? .min
      return answer
    }
  }
}
