/// What is due when, and when each reminder fires: the schedule a configuration describes, for
/// a window of local dates. Pure: the window is a parameter, and nothing here reads a clock.
public struct RepaymentSchedule {
  /// The configuration it computes from.
  public let configuration: Configuration
  /// Evaluates calendar expressions; one per schedule, since it keeps state between calls.
  private let clock = SystemdCalendarClock(localZone: .utc)

  /// The schedule of `configuration`.
  public init(configuration: Configuration) {
    self.configuration = configuration
  }

  /// The unpaid occurrences whose effective due date lies in [`from`, `from + days`), ordered
  /// by due date, then loan id, then instalment, each with all its stage instants.
  public func occurrences(from: LocalDate, days: Int) -> [ScheduledOccurrence] {
    let end = from.advanced(by: days)
    var result: [ScheduledOccurrence] = []
    for loan in configuration.loans {
      appendOccurrences(of: loan, from: from, end: end, to: &result)
    }
    result.sort { ($0.due, $0.loan, $0.installment) < ($1.due, $1.loan, $1.installment) }
    return result
  }

  /// The firings of the free-standing reminders in [`from` 00:00, `from + days` 00:00) local
  /// time, ordered by instant, then id.
  public func reminders(from: LocalDate, days: Int) -> [ScheduledReminder] {
    let zone = configuration.zone
    let midnight = TimeOfDay(secondOfDay: 0)
    let start = zone.firingInstant(localSeconds: TimeZoneRules.localSeconds(from, midnight)) * 1_000_000
    let end =
      zone.firingInstant(localSeconds: TimeZoneRules.localSeconds(from.advanced(by: days), midnight))
      * 1_000_000
    var result: [ScheduledReminder] = []
    for reminder in configuration.reminders {
      // Quiet hours can only move an instant later, so look a day before the window too.
      let planned = reminder.instants(
        from: start - Int64(CivilCalendar.secondsPerDay) * 1_000_000, to: end, defaultZone: zone, clock: clock
      )
      for instant in planned {
        let fired = deferred(instant, stage: .reminder)
        if fired >= start, fired < end {
          result.append(ScheduledReminder(id: reminder.id, instant: fired, message: reminder.message))
        }
      }
    }
    result.sort { ($0.instant, $0.id) < ($1.instant, $1.id) }
    return result
  }

  /// The stage instants of an occurrence of `loan` whose effective due date is `due`.
  public func stageInstants(of loan: Loan, due: LocalDate) -> [StageInstant] {
    let policy = loan.reminders
    let zone = configuration.zone
    let dueTime = TimeZoneRules.localSeconds(due, policy.at)
    let overdueBase = TimeZoneRules.localSeconds(due.advanced(by: loan.graceDays), policy.at)
    var stages: [StageInstant] = []
    stages.reserveCapacity(policy.before.count + policy.overdue.count + 1)
    func add(_ stage: Stage, _ offset: ReminderOffset?, local: Int64) {
      let instant = deferred(zone.firingInstant(localSeconds: local) * 1_000_000, stage: stage)
      stages.append(StageInstant(stage: stage, offset: offset, instant: instant))
    }
    for offset in policy.before { add(.advance, offset, local: dueTime - offset.seconds) }
    if policy.due { add(.due, nil, local: dueTime) }
    for offset in policy.overdue { add(.overdue, offset, local: overdueBase + offset.seconds) }
    stages.sort(by: StageInstant.precedes)
    return stages
  }

  /// Whether every occurrence of `loan` is paid through its `paid_through` date: true only
  /// for a loan with a last instalment.
  public func isFullyPaid(_ loan: Loan) -> Bool {
    guard let paidThrough = loan.paidThrough, loan.term != .openEnded else { return false }
    var dates = NominalDueDates(of: loan, from: paidThrough.advanced(by: 1), clock: clock)
    while let (_, date) = dates.next() {
      if date > paidThrough { return false }
    }
    return true
  }

  private func appendOccurrences(
    of loan: Loan, from: LocalDate, end: LocalDate, to result: inout [ScheduledOccurrence]
  ) {
    // A business-day shift moves a date by days, rarely weeks: start a month early.
    var start = from.advanced(by: -31)
    if let paidThrough = loan.paidThrough, paidThrough >= start { start = paidThrough.advanced(by: 1) }
    var dates = NominalDueDates(of: loan, from: start, clock: clock)
    while let (installment, scheduled) = dates.next() {
      if let paidThrough = loan.paidThrough, scheduled <= paidThrough { continue }
      let due = loan.businessDay.effectiveDate(of: scheduled, in: configuration.holidays)
      // Both business-day rules keep the order of dates, so the first one past the window ends it.
      if due >= end { break }
      guard due >= from else { continue }
      result.append(
        ScheduledOccurrence(
          loan: loan.id, installment: installment, scheduled: scheduled, due: due, amount: loan.amount,
          reminders: stageInstants(of: loan, due: due)))
    }
  }

  private func deferred(_ instant: Int64, stage: Stage) -> Int64 {
    guard stage.waitsForQuietHoursToEnd, let quietHours = configuration.quietHours else { return instant }
    let (seconds, fraction) = CivilCalendar.floorDivision(Int(instant), 1_000_000)
    return quietHours.deferring(Int64(seconds), in: configuration.zone) * 1_000_000 + Int64(fraction)
  }
}
