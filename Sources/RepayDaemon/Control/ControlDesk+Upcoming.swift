import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// The longest window `ListUpcoming` answers for, in days: a year, like the longest catch-up.
  static let maximumUpcomingDays = 366

  /// `ListUpcoming`: the instalments not paid in full whose effective due date lies in [today,
  /// today + `days`) (default 30), soonest first as the schedule orders them, each with its next
  /// notice: its first stage at or after now, or, when the loan is snoozed past that, the end of
  /// the snooze, when the held-back notices come; absent when no stage is ahead. And the
  /// free-standing reminders firing from today's start to the window's end; what is due in
  /// the next 7 days (`dueSoon`); and this month of the plan in force (`planProgress`). Errors:
  /// `InvalidParameter` `range` for `days` outside 1 to 366; `StoreFailed`.
  func listUpcoming(_ request: Control.ListUpcomingRequest) throws(ControlError) -> Control.ListUpcomingReply
  {
    let days = request.days ?? 30
    guard (1...Self.maximumUpcomingDays).contains(days) else {
      throw .invalidParameter(parameter: "days", reason: .range)
    }
    let (sums, snoozes) = try stored { () throws(StoreError) in
      (try store.paidPerOccurrence(), try store.activeSnoozes(at: now))
    }
    let paid = paidPerLoan(sums)
    let terms = try agreedTerms()
    let snoozedUntil = Dictionary(snoozes.map { ($0.loan, $0.until) }) { first, _ in first }
    // One window serves the list and what falls due within 7 days, whichever is longer.
    let (window, open) = unsettled(days: max(days, Self.dueSoonDays), paid: paid, terms: terms)
    let end = today.advanced(by: days)
    let occurrences = open.filter { $0.occurrence.due < end }.map { unsettled in
      let (loan, instalment) = (unsettled.loan, unsettled.instalment)
      var next = window.stages(of: unsettled.occurrence).lazy.map(\.instant).filter { $0 >= self.now }.min()
      if let stage = next, let until = snoozedUntil[loan.id], until > stage { next = until }
      return Control.UpcomingOccurrence(
        loan: loan.id, name: loan.name, installment: instalment.installment,
        due: unsettled.occurrence.due.description, amount: instalment.amount.decimalText,
        outstanding: instalment.outstanding.decimalText, currency: loan.amount.currency.code,
        nextReminder: next.map { InstantText.format(microseconds: $0) })
    }
    let reminders = RepaymentSchedule(configuration: configuration).reminders(from: today, days: days).map {
      Control.UpcomingReminder(
        id: $0.id, at: InstantText.format(microseconds: $0.instant), message: $0.message)
    }
    return Control.ListUpcomingReply(
      from: today.description, days: days, occurrences: occurrences, reminders: reminders,
      dueSoon: dueSoon(of: open), plan: try planProgress())
  }
}
