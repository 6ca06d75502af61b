/// What is due when, and when each reminder fires: the schedule a configuration describes, for
/// a window of local dates. Pure: the window is a parameter, and nothing here reads a clock.
public struct RepaymentSchedule {
  /// The configuration it computes from.
  public let configuration: Configuration
  /// Evaluates calendar expressions; one per schedule, since it keeps state between calls.
  private let calendar = CalendarDates()

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
    // Loans in id order, each one's instalments in order, dropped into one bucket per due
    // date: the buckets read in turn are in the fixed order without a comparison sort. Loans
    // are read in place through the buffer: copying one per occurrence would retain each of
    // its strings and arrays.
    return configuration.loans.withUnsafeBufferPointer { loans in
      var byDueDate = [[DueInstalment]](repeating: [], count: days)
      var count = 0
      // Ids taken out once: reading them through the loans in the comparison copied whole loans.
      let ids = loans.map(\.id)
      for index in loans.indices.sorted(by: { ids[$0] < ids[$1] }) {
        for dates in dueDates(of: loans[index], from: from, end: end) {
          byDueDate[from.distance(to: dates.due)].append(DueInstalment(loan: index, dates: dates))
          count += 1
        }
      }
      var result: [ScheduledOccurrence] = []
      result.reserveCapacity(count)
      for bucket in byDueDate {
        for entry in bucket {
          result.append(
            ScheduledOccurrence(
              loan: loans[entry.loan].id, installment: entry.dates.installment,
              scheduled: entry.dates.scheduled,
              due: entry.dates.due, amount: loans[entry.loan].amount,
              reminders: stageInstants(of: loans[entry.loan], due: entry.dates.due, clock: clock)))
        }
      }
      return result
    }
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
        clock: calendar.clock)
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
    var dates = NominalDueDates(of: loan, from: paidThrough.advanced(by: 1), calendar: calendar)
    while let (_, date) = dates.next() {
      if date > paidThrough { return false }
    }
    return true
  }

  /// An unpaid instalment's dates, before its stages are computed.
  private struct InstalmentDates {
    var installment: Int
    var scheduled: LocalDate
    var due: LocalDate
  }

  /// An instalment of the loan at index `loan`, waiting in its due date's bucket.
  private struct DueInstalment {
    var loan: Int
    var dates: InstalmentDates
  }

  /// The unpaid instalments of `loan` whose effective due date lies in [`from`, `end`).
  private func dueDates(of loan: Loan, from: LocalDate, end: LocalDate) -> [InstalmentDates] {
    // A business-day shift moves a date by days, rarely weeks: start a month early.
    var start = from.advanced(by: -31)
    if let paidThrough = loan.paidThrough, paidThrough >= start { start = paidThrough.advanced(by: 1) }
    let holidays = configuration.holidays
    var dates = NominalDueDates(of: loan, from: start, calendar: calendar)
    var result: [InstalmentDates] = []
    while let (installment, scheduled) = dates.next() {
      if let paidThrough = loan.paidThrough, scheduled <= paidThrough { continue }
      let due = loan.businessDay.effectiveDate(of: scheduled, in: holidays)
      // Both business-day rules keep the order of dates, so the first one past the window ends it.
      if due >= end { break }
      if due >= from {
        result.append(InstalmentDates(installment: installment, scheduled: scheduled, due: due))
      }
    }
    return result
  }

  /// The stage instants of an occurrence of `loan` whose effective due date is `due`, in the
  /// order of `StageInstant.precedes`.
  private func stageInstants(of loan: Loan, due: LocalDate, clock: WallClockConverter) -> [StageInstant] {
    let quietHours = configuration.quietHours
    // Only stages that wait for quiet hours to end are held back (overdue ones are critical).
    func heldBy(_ stage: Stage) -> QuietHours? { stage.waitsForQuietHoursToEnd ? quietHours : nil }
    let dueTime = TimeZoneRules.localSeconds(due, loan.reminders.at)
    let overdueBase = TimeZoneRules.localSeconds(due.advanced(by: loan.graceDays), loan.reminders.at)
    var stages: [StageInstant] = []
    stages.reserveCapacity(loan.reminders.before.count + loan.reminders.overdue.count + 1)
    for offset in loan.reminders.before {
      let instant = clock.fire(localSeconds: dueTime - offset.seconds, quietHours: heldBy(.advance))
      stages.append(StageInstant(stage: .advance, offset: offset, instant: instant * 1_000_000))
    }
    if loan.reminders.due {
      let instant = clock.fire(localSeconds: dueTime, quietHours: heldBy(.due))
      stages.append(StageInstant(stage: .due, offset: nil, instant: instant * 1_000_000))
    }
    for offset in loan.reminders.overdue {
      let instant = clock.fire(localSeconds: overdueBase + offset.seconds, quietHours: heldBy(.overdue))
      stages.append(StageInstant(stage: .overdue, offset: offset, instant: instant * 1_000_000))
    }
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
    guard Stage.reminder.waitsForQuietHoursToEnd, let quietHours = configuration.quietHours else {
      return instant
    }
    let (seconds, fraction) = CivilCalendar.floorDivision(Int(instant), 1_000_000)
    let shown = Int64(seconds + configuration.zone.offset(at: Int64(seconds)).secondsEastOfUTC)
    guard let quietEnd = quietHours.end(ofStretchHolding: shown) else { return instant }
    return clock.fire(localSeconds: quietEnd).instant * 1_000_000 + Int64(fraction)
  }
}
