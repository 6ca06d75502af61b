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
  /// by due date, then loan id, then instalment, each with all its stage instants; with
  /// `agreements` (per loan id), as they make them: superseded instalments left out, agreed
  /// occurrences in (on an instalment's date, that instalment stands for both). With `loan`, only
  /// the occurrences of the loan at that index of the configuration's loans: the window's
  /// `loans` are still all of them, so that its occurrences index them as a whole window's do.
  public func occurrences(
    from: LocalDate, days: Int, agreements: [String: AgreedTerms] = [:], onlyLoanAt loan: Int? = nil
  ) -> ScheduleWindow {
    let end = from.advanced(by: days)
    // Stage instants reach from advance offsets before the window to the overdue ladder after
    // it; the converter is exact outside its span too, only slower.
    let clock = converter(from: from.advanced(by: -62), to: end.advanced(by: 430))
    let loans = configuration.loans
    // Loans in id order, each one's instalments in order; a stable counting sort by due date
    // then gives the fixed order without comparing occurrences.
    let ids = loans.map { $0.id }
    var found: [ScheduledOccurrence] = []
    // Most loans fall due monthly: reserving that much spares the copies of a growing array.
    found.reserveCapacity((loan == nil ? loans.count : 1) * (days / 28 + 2))
    for index in loan.map({ [$0] }) ?? loans.indices.sorted(by: { ids[$0] < ids[$1] }) {
      appendDueInstalments(
        of: loans[index], at: index, from: from, end: end, terms: agreements[ids[index]] ?? .none, to: &found)
    }
    // A stable counting sort by due date, of the occurrences and of their stage instants alike:
    // each day's first place in either list is known before anything is written, so every
    // occurrence's stages are written in loan order, while its loan's plan is in cache, straight
    // into their final place. Written in due-date order instead, each occurrence read its plan at
    // a random place: at 100,000 loans that memory latency made the expansion 3.7 times slower an
    // occurrence than at 10,000 (docs/performance.md, "Scale").
    let plans = StagePlans(of: loans)
    var firstOfDay = [Int](repeating: 0, count: days + 1)
    var firstStageOfDay = [Int](repeating: 0, count: days + 1)
    for instalment in found {
      let day = from.distance(to: instalment.due) + 1
      firstOfDay[day] += 1
      firstStageOfDay[day] += plans.stageCount(of: instalment.loan)
    }
    for day in 0..<days {
      firstOfDay[day + 1] += firstOfDay[day]
      firstStageOfDay[day + 1] += firstStageOfDay[day]
    }
    let stageCount = firstStageOfDay[days]
    var occurrences: [ScheduledOccurrence] = []
    let stageInstants = [StageInstant](unsafeUninitializedCapacity: stageCount) {
      stageBuffer, stagesWritten in
      occurrences = [ScheduledOccurrence](unsafeUninitializedCapacity: found.count) { buffer, placed in
        for var instalment in found {
          let day = from.distance(to: instalment.due)
          let start = firstStageOfDay[day]
          firstStageOfDay[day] += plans.stageCount(of: instalment.loan)
          instalment.stages = start..<firstStageOfDay[day]
          var stages = UnsafeMutableBufferPointer(rebasing: stageBuffer[instalment.stages])
          plans.write(
            loan: instalment.loan, due: instalment.due, clock: clock, quietHours: configuration.quietHours,
            to: stages)
          // Written in order already unless quiet hours moved a stage onto or past another.
          if !zip(stages, stages.dropFirst()).allSatisfy({ $0.instant < $1.instant }) {
            stages.sort(by: loans[instalment.loan].reminders.precedes)
          }
          buffer.initializeElement(at: firstOfDay[day], to: instalment)
          firstOfDay[day] += 1
        }
        placed = found.count
      }
      stagesWritten = stageCount
    }
    return ScheduleWindow(
      loans: loans, occurrences: occurrences, stageInstants: stageInstants, agreements: agreements)
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
        let fired =
          Stage.reminder.waitsForQuietHoursToEnd
          ? configuration.quietHours.map { configuration.zone.deferring(instant, by: $0) } ?? instant
          : instant
        if fired >= start, fired < end {
          result.append(
            ScheduledReminder(id: reminder.id, instant: fired, nominal: instant, message: reminder.message))
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

  /// Appends the unpaid occurrences of `loan`, at index `index`, whose effective due date lies
  /// in [`from`, `end`), as `terms` make them, with no stages yet: the schedule's instalments
  /// less the superseded ones, then the agreed occurrences on other dates (instalment 0).
  private func appendDueInstalments(
    of loan: Loan, at index: Int, from: LocalDate, end: LocalDate, terms: AgreedTerms,
    to result: inout [ScheduledOccurrence]
  ) {
    let first = result.count
    // A business-day shift moves a date by days, rarely weeks: start a month early.
    var dates = EffectiveDueDates(
      of: loan, from: from.advanced(by: -31), holidays: configuration.holidays, calendar: calendar)
    while let (installment, scheduled, due) = dates.next() {
      // The dates rise, so the first one past the window ends it.
      if due >= end { break }
      if due >= from, !terms.isSuperseded(due) {
        result.append(
          ScheduledOccurrence(
            loan: index, installment: installment, scheduled: scheduled, due: due, stages: 0..<0))
      }
    }
    guard !terms.agreed.isEmpty else { return }
    let scheduled = Set(result[first...].map(\.due))
    for due in terms.agreedDates where due >= from && due < end && !scheduled.contains(due) {
      result.append(ScheduledOccurrence(loan: index, installment: 0, scheduled: due, due: due, stages: 0..<0))
    }
  }

  /// A converter for local times from `start` to `end`.
  private func converter(from start: LocalDate, to end: LocalDate) -> WallClockConverter {
    let secondsPerDay = Int64(CivilCalendar.secondsPerDay)
    return WallClockConverter(
      zone: configuration.zone, from: Int64(start.daysSinceEpoch) * secondsPerDay - secondsPerDay,
      to: Int64(end.daysSinceEpoch) * secondsPerDay + secondsPerDay)
  }

}
