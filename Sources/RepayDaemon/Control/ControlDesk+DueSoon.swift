import ControlInterface
import RepayControl
import RepayCore

extension ControlDesk {
  /// The window of `DueSoon` in `GetStatus` and `ListUpcoming`: today and the 6 days after it,
  /// as `repayctl upcoming --days 7` lists them.
  static let dueSoonDays = 7

  /// An occurrence due in a window and not paid in full, with its loan and its standing.
  struct UnsettledOccurrence {
    /// The loan it belongs to.
    var loan: Loan
    /// The occurrence as the schedule (with agreements) places it.
    var occurrence: ScheduledOccurrence
    /// What it asks for and what is paid on it.
    var instalment: InstalmentStanding
  }

  /// The occurrences of `window` not paid in full, in the window's order, given the minor units
  /// paid per loan and effective due date (`paidPerLoan`).
  func unsettled(in window: ScheduleWindow, paid: [String: [LocalDate: Int64]]) -> [UnsettledOccurrence] {
    window.occurrences.compactMap { occurrence in
      let loan = window.loan(of: occurrence)
      let instalment = InstalmentStanding(
        loan: loan, installment: occurrence.isScheduled ? occurrence.installment : nil,
        scheduled: occurrence.scheduled, due: occurrence.due, paid: paid[loan.id]?[occurrence.due] ?? 0,
        today: today, terms: window.agreements[loan.id] ?? .none)
      return instalment.isSettled
        ? nil : UnsettledOccurrence(loan: loan, occurrence: occurrence, instalment: instalment)
    }
  }

  /// The occurrences not paid in full whose effective due date lies in [today, today +
  /// `days`), with their standing, soonest first as the schedule orders them.
  func unsettled(days: Int, paid: [String: [LocalDate: Int64]], terms: [String: AgreedTerms])
    -> (window: ScheduleWindow, occurrences: [UnsettledOccurrence])
  {
    let window = RepaymentSchedule(configuration: configuration).occurrences(
      from: today, days: days, agreements: terms)
    return (window, unsettled(in: window, paid: paid))
  }

  /// How many of `open` (unsettled occurrences from today on, as `unsettled(days:…)` gives
  /// them for at least `dueSoonDays` days) fall due within `dueSoonDays` days of today, and what
  /// is still unpaid on them per currency.
  func dueSoon(of open: [UnsettledOccurrence]) -> Control.DueSoon {
    let end = today.advanced(by: Self.dueSoonDays)
    let soon = open.filter { $0.occurrence.due < end }
    return Control.DueSoon(
      days: Self.dueSoonDays, count: soon.count, total: Self.totals(soon.map(\.instalment.outstanding)))
  }

  /// `amounts` summed per currency, in the order the currencies first appear.
  static func totals(_ amounts: [Money]) -> [Control.Amount] {
    var totals: [Money] = []
    for amount in amounts {
      if let index = totals.firstIndex(where: { $0.currency == amount.currency }) {
        totals[index] = Money(
          minorUnits: totals[index].minorUnits + amount.minorUnits, currency: amount.currency)
      } else {
        totals.append(amount)
      }
    }
    return totals.map { Control.Amount(amount: $0.decimalText, currency: $0.currency.code) }
  }
}
