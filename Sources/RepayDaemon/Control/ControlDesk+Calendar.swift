import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `ExportCalendar`: the iCalendar text of the occurrences due in [`from`, `from + days`)
  /// (from: today; days: 365) as they stand today (`calendarDocument(from:days:)`), stamped now,
  /// with alarms unless `alarms` is false. Errors: `InvalidParameter` `from` `format`, `days`
  /// `range` outside 1 to 3660; `StoreFailed`.
  func exportCalendar(_ request: Control.ExportCalendarRequest) throws(ControlError)
    -> Control.ExportCalendarReply
  {
    let window = try calendarWindow(from: request.from, days: request.days ?? 365)
    let document = try calendarDocument(from: window.from, days: window.days)
    return Control.ExportCalendarReply(
      ics: document.text(now: now, alarms: request.alarms ?? true), events: document.events.count)
  }

  /// The calendar of [`from`, `from + days`) with payments and agreements, in the notices'
  /// language: every occurrence of the window (`standings(from:days:)`), a paid one marked, a
  /// superseded one cancelled under its own UID, an agreed instalment under its agreement's,
  /// an open one with an alarm at each of its advance and due stage instants, then the
  /// free-standing reminders. Each event's sequence is the one the store remembers, raised
  /// when the event changed since the last export (which this one becomes). Fails only with
  /// `StoreFailed`.
  func calendarDocument(from: LocalDate, days: Int) throws(ControlError) -> ICalendarDocument {
    let schedule = RepaymentSchedule(configuration: configuration)
    let window = schedule.occurrences(from: from, days: days, agreements: try agreedTerms())
    var alarms: [String: [LocalDate: [Int64]]] = [:]
    for occurrence in window.occurrences {
      alarms[window.loan(of: occurrence).id, default: [:]][occurrence.due] = window.alarmInstants(
        of: occurrence)
    }
    let agreements = Dictionary(
      try stored { () throws(StoreError) in try store.agreements() }.map { ($0.id, $0) }
    ) { first, _ in first }
    let writer = NoticeWriter(language: language)
    var events = try standings(from: from, days: days).map { loan, instalment in
      let state: OccurrenceEventState =
        switch instalment.status {
        case .settled: .paid
        case .superseded: .superseded(by: instalment.supersededBy ?? 0)
        case .upcoming, .due, .overdue: .open(paid: instalment.paid.minorUnits)
        }
      return writer.calendarEvent(
        of: loan, scheduled: instalment.scheduled, due: instalment.due, amount: instalment.amount,
        state: state,
        agreed: instalment.installment == nil
          ? agreedNumber(of: instalment, loan: loan, in: agreements) : nil,
        alarms: alarms[loan.id]?[instalment.due] ?? [])
    }
    events += schedule.reminders(from: from, days: days).map(writer.calendarEvent(of:))
    var document = ICalendarDocument(events: events, zone: configuration.zone, from: from, days: days)
    let sequences = try stored { () throws(StoreError) in
      try store.calendarSequences(of: document.events.map { ($0.uid, document.digest(of: $0)) })
    }
    for index in document.events.indices { document.events[index].sequence = sequences[index] }
    return document
  }

  /// The agreement that asks for `instalment` (one only an agreement asks for) and its number
  /// there, from 1 in the agreement's order; nil when `agreements` does not hold it.
  private func agreedNumber(
    of instalment: InstalmentStanding, loan: Loan, in agreements: [Int64: LoanAgreement]
  ) -> (agreement: Int64, number: Int)? {
    guard let id = instalment.agreement, let agreement = agreements[id],
      let index = agreement.occurrences.firstIndex(where: {
        loan.businessDay.effectiveDate(of: $0.due, in: configuration.holidays) == instalment.due
      })
    else { return nil }
    return (id, index + 1)
  }
}
