/// What is due when, and when each reminder fires: the schedule a configuration describes, for
/// a window of local dates. Pure: the window is a parameter, and nothing here reads a clock.
public struct RepaymentSchedule {
  /// The configuration it computes from.
  public let configuration: Configuration
  /// Evaluates calendar expressions; one per schedule, since it keeps state between calls.
  private let calendarClock = SystemdCalendarClock(localZone: .utc)

  /// The schedule of `configuration`.
  public init(configuration: Configuration) {
    self.configuration = configuration
  }

  /// The unpaid occurrences whose effective due date lies in [`from`, `from + days`), ordered
  /// by due date, then loan id, then instalment, each with all its stage instants.
  public func occurrences(from: LocalDate, days: Int) -> [ScheduledOccurrence] {
    let end = from.advanced(by: days)
    // Stage instants reach from advance offsets before the window to the overdue ladder after
    // it; the converter is exact outside its span too, only slower.
    let clock = converter(from: from.advanced(by: -62), to: end.advanced(by: 430))
    var result: [ScheduledOccurrence] = []
    for loan in configuration.loans {
      appendOccurrences(of: loan, from: from, end: end, clock: clock, to: &result)
    }
    // Sorting small keys and gathering once is much cheaper than moving whole occurrences
    // around, and the loan ids are compared once, not in every comparison.
    let rankByID = Dictionary(
      configuration.loans.map(\.id).sorted().enumerated().map { ($1, $0) },
      uniquingKeysWith: { first, _ in first })
    var keys = result.indices.map { index in
      let occurrence = result[index]
      return (occurrence.due.daysSinceEpoch, rankByID[occurrence.loan]!, occurrence.installment, index)
    }
    keys.sort { $0 < $1 }
    return keys.map { result[$0.3] }
  }

  /// The firings of the free-standing reminders in [`from` 00:00, `from + days` 00:00) local
  /// time, ordered by instant, then id.
  public func reminders(from: LocalDate, days: Int) -> [ScheduledReminder] {
    let clock = converter(from: from.advanced(by: -2), to: from.advanced(by: days + 2))
    let midnight = TimeOfDay(secondOfDay: 0)
    let start = clock.fire(localSeconds: TimeZoneRules.localSeconds(from, midnight)).instant * 1_000_000
    let end =
      clock.fire(localSeconds: TimeZoneRules.localSeconds(from.advanced(by: days), midnight)).instant
      * 1_000_000
    var result: [ScheduledReminder] = []
    for reminder in configuration.reminders {
      // Quiet hours can only move an instant later, so look a day before the window too.
      let planned = reminder.instants(
        from: start - Int64(CivilCalendar.secondsPerDay) * 1_000_000, to: end,
        defaultZone: configuration.zone,
        clock: calendarClock)
      for instant in planned {
        let fired = deferredReminder(instant, clock: clock)
        if fired >= start, fired < end {
          result.append(ScheduledReminder(id: reminder.id, instant: fired, message: reminder.message))
        }
      }
    }
    result.sort { ($0.instant, $0.id) < ($1.instant, $1.id) }
    return result
  }

  /// Whether every occurrence of `loan` is paid through its `paid_through` date: true only
  /// for a loan with a last instalment.
  public func isFullyPaid(_ loan: Loan) -> Bool {
    guard let paidThrough = loan.paidThrough, loan.term != .openEnded else { return false }
    var dates = NominalDueDates(of: loan, from: paidThrough.advanced(by: 1), clock: calendarClock)
    while let (_, date) = dates.next() {
      if date > paidThrough { return false }
    }
    return true
  }

  private func appendOccurrences(
    of loan: Loan, from: LocalDate, end: LocalDate, clock: WallClockConverter,
    to result: inout [ScheduledOccurrence]
  ) {
    // A business-day shift moves a date by days, rarely weeks: start a month early.
    var start = from.advanced(by: -31)
    if let paidThrough = loan.paidThrough, paidThrough >= start { start = paidThrough.advanced(by: 1) }
    var dates = NominalDueDates(of: loan, from: start, clock: calendarClock)
    while let (installment, scheduled) = dates.next() {
      if let paidThrough = loan.paidThrough, scheduled <= paidThrough { continue }
      let due = loan.businessDay.effectiveDate(of: scheduled, in: configuration.holidays)
      // Both business-day rules keep the order of dates, so the first one past the window ends it.
      if due >= end { break }
      guard due >= from else { continue }
      result.append(
        ScheduledOccurrence(
          loan: loan.id, installment: installment, scheduled: scheduled, due: due, amount: loan.amount,
          reminders: stageInstants(of: loan, due: due, clock: clock)))
    }
  }

  /// The stage instants of an occurrence of `loan` whose effective due date is `due`, in the
  /// order of `StageInstant.precedes`.
  private func stageInstants(of loan: Loan, due: LocalDate, clock: WallClockConverter) -> [StageInstant] {
    let policy = loan.reminders
    let dueTime = TimeZoneRules.localSeconds(due, policy.at)
    let overdueBase = TimeZoneRules.localSeconds(due.advanced(by: loan.graceDays), policy.at)
    var stages: [StageInstant] = []
    stages.reserveCapacity(policy.before.count + policy.overdue.count + 1)
    func add(_ stage: Stage, _ offset: ReminderOffset?, local: Int64) {
      var (instant, shown) = clock.fire(localSeconds: local)
      if stage.waitsForQuietHoursToEnd, let quietEnd = configuration.quietHours?.end(ofStretchHolding: shown)
      {
        instant = clock.fire(localSeconds: quietEnd).instant
      }
      stages.append(StageInstant(stage: stage, offset: offset, instant: instant * 1_000_000))
    }
    for offset in policy.before { add(.advance, offset, local: dueTime - offset.seconds) }
    if policy.due { add(.due, nil, local: dueTime) }
    for offset in policy.overdue { add(.overdue, offset, local: overdueBase + offset.seconds) }
    // Written in order already unless quiet hours moved a stage past another.
    if !zip(stages, stages.dropFirst()).allSatisfy({ !StageInstant.precedes($1, $0) }) {
      stages.sort(by: StageInstant.precedes)
    }
    return stages
  }

  /// A converter for local times from `start` to `end`.
  private func converter(from start: LocalDate, to end: LocalDate) -> WallClockConverter {
    let secondsPerDay = Int64(CivilCalendar.secondsPerDay)
    return WallClockConverter(
      zone: configuration.zone, from: Int64(start.daysSinceEpoch) * secondsPerDay - secondsPerDay,
      to: Int64(end.daysSinceEpoch) * secondsPerDay + secondsPerDay)
  }

  /// A reminder's instant after quiet hours.
  private func deferredReminder(_ instant: Int64, clock: WallClockConverter) -> Int64 {
    guard let quietHours = configuration.quietHours else { return instant }
    let (seconds, fraction) = CivilCalendar.floorDivision(Int(instant), 1_000_000)
    let shown = Int64(seconds + configuration.zone.offset(at: Int64(seconds)).secondsEastOfUTC)
    guard let quietEnd = quietHours.end(ofStretchHolding: shown) else { return instant }
    return clock.fire(localSeconds: quietEnd).instant * 1_000_000 + Int64(fraction)
  }
}
