/// Where a loan stands on a date, from its instalments and what was paid on each: every
/// instalment due so far, then the later ones up to and including the first that is not paid
/// in full, so that a loan paid ahead shows how far ahead. Pure: `today` is a parameter.
public struct LoanStanding: Sendable {
  /// The loan.
  public let loan: Loan
  /// The instalments listed, oldest first: every unpaid one (by `paid_through`) due on or before
  /// `today` or the date asked for, then later ones through the first unsettled one.
  public let instalments: [InstalmentStanding]
  /// The date it stands on.
  public let today: LocalDate

  /// The standing of `loan` on `today`, with `paid` giving the minor units of the loan's currency
  /// paid per effective due date, holidays from `holidays` for the business-day rule. The list
  /// reaches at least through `through` (for a payment named ahead), and stops after the last
  /// instalment of a loan that has one.
  public init(
    loan: Loan, paid: [LocalDate: Int64], today: LocalDate, through: LocalDate? = nil,
    holidays: HolidayCalendar
  ) {
    self.loan = loan
    self.today = today
    let last = max(today, through ?? today)
    var dates = EffectiveDueDates(
      of: loan, from: loan.firstDue, holidays: holidays, calendar: CalendarDates())
    var listed: [InstalmentStanding] = []
    while let (installment, scheduled, due) = dates.next() {
      let standing = InstalmentStanding(
        loan: loan, installment: installment, scheduled: scheduled, due: due, paid: paid[due] ?? 0,
        today: today)
      listed.append(standing)
      // Past the dates asked for, the first unsettled instalment is the last one needed.
      if due > last, !standing.isSettled { break }
    }
    instalments = listed
  }

  /// The oldest instalment not paid in full; nil when nothing is left to pay.
  public var oldestUnsettled: InstalmentStanding? { instalments.first { !$0.isSettled } }

  /// The oldest unsettled instalment's due date; nil when nothing is left to pay.
  public var nextDue: LocalDate? { oldestUnsettled?.due }

  /// What is unpaid on the instalments due so far (due on or before `today`), saturating at the
  /// largest amount rather than wrapping.
  public var outstanding: Money {
    let total = instalments.lazy.filter { $0.due <= self.today }.reduce(Int128(0)) {
      $0 + Int128($1.outstanding.minorUnits)
    }
    return Money(minorUnits: Int64(clamping: total), currency: loan.amount.currency)
  }

  /// The days overdue of the oldest unsettled instalment, 0 when it is not overdue (or there is
  /// none): the count the overdue notices give.
  public var daysOverdue: Int { oldestUnsettled?.daysOverdue ?? 0 }

  /// The instalment effectively due on `due`, if the list holds one.
  public func instalment(due: LocalDate) -> InstalmentStanding? { instalments.first { $0.due == due } }
}
