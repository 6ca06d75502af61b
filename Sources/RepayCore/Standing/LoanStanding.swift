/// Where a loan stands on a date, from its occurrences (the schedule's instalments as its
/// agreements make them, `AgreedTerms`) and what was paid on each: every occurrence due so far
/// (superseded ones included, for the record), then the later ones up to and including the
/// first that is still open, so that a loan paid ahead shows how far ahead. Pure: `today` is a
/// parameter.
public struct LoanStanding: Sendable {
  /// The loan.
  public let loan: Loan
  /// The occurrences listed, oldest first: every one (unpaid by `paid_through`) due on or before
  /// `today` or the date asked for, then later ones through the first open one.
  public let instalments: [InstalmentStanding]
  /// The date it stands on.
  public let today: LocalDate
  /// The agreements in force it was read under.
  public let terms: AgreedTerms

  /// The standing of `loan` on `today`, with `paid` giving the minor units of the loan's currency
  /// paid per effective due date, holidays from `holidays` for the business-day rule, under the
  /// loan's agreements `terms`. The list reaches at least through `through` (for a payment named
  /// ahead), and stops after the last occurrence of a loan that has one.
  public init(
    loan: Loan, paid: [LocalDate: Int64], today: LocalDate, through: LocalDate? = nil,
    holidays: HolidayCalendar, terms: AgreedTerms = .none
  ) {
    self.loan = loan
    self.today = today
    self.terms = terms
    var listed: [InstalmentStanding] = []
    Self.forEachListed(
      loan: loan, paid: paid, today: today, through: through, holidays: holidays, terms: terms
    ) { listed.append($0) }
    instalments = listed
  }

  /// Hands `body` the occurrences `init` lists for the same arguments, oldest first, without
  /// keeping them: for a caller that wants only some of them (a plan's open ones), so that no
  /// list of every occurrence is built per loan.
  public static func forEachListed(
    loan: Loan, paid: [LocalDate: Int64], today: LocalDate, through: LocalDate? = nil,
    holidays: HolidayCalendar, terms: AgreedTerms = .none, _ body: (InstalmentStanding) -> Void
  ) {
    let last = max(today, through ?? today)
    var dates = EffectiveDueDates(
      of: loan, from: loan.firstDue, holidays: holidays, calendar: CalendarDates())
    var agreedOnly = terms.listedDates[...]
    /// Lists one occurrence; false once it is the last one needed.
    func list(installment: Int?, scheduled: LocalDate, due: LocalDate) -> Bool {
      let standing = InstalmentStanding(
        loan: loan, installment: installment, scheduled: scheduled, due: due, paid: paid[due] ?? 0,
        today: today, terms: terms)
      body(standing)
      // Past the dates asked for, the first open occurrence is the last one needed.
      return !(due > last && standing.isOpen)
    }
    var needed = true
    walk: while let (installment, scheduled, due) = dates.next() {
      while let date = agreedOnly.first, date < due {
        agreedOnly.removeFirst()
        needed = list(installment: nil, scheduled: date, due: date)
        guard needed else { break walk }
      }
      if agreedOnly.first == due { agreedOnly.removeFirst() }
      needed = list(installment: installment, scheduled: scheduled, due: due)
      guard needed else { break }
    }
    // A loan whose schedule ended (or agreed dates beyond its last instalment).
    while needed, let date = agreedOnly.popFirst() {
      needed = list(installment: nil, scheduled: date, due: date)
    }
  }

  /// The oldest occurrence still open (neither settled nor superseded); nil when nothing is left
  /// to pay.
  public var oldestUnsettled: InstalmentStanding? { instalments.first { $0.isOpen } }

  /// The oldest open occurrence's due date; nil when nothing is left to pay.
  public var nextDue: LocalDate? { oldestUnsettled?.due }

  /// What is due now: what is unpaid on all the occurrences due so far (due on or before
  /// `today`: the overdue ones and those within their due date and grace days), saturating at
  /// the largest amount rather than wrapping. Not to be confused with an occurrence's
  /// `outstanding`, which counts whether it is due yet or not.
  public var dueNow: Money {
    let total = instalments.lazy.filter { $0.due <= self.today }.reduce(Int128(0)) {
      $0 + Int128($1.outstanding.minorUnits)
    }
    return Money(minorUnits: Int64(clamping: total), currency: loan.amount.currency)
  }

  /// The days overdue of the oldest open occurrence, 0 when it is not overdue (or there is
  /// none): the count the overdue notices give.
  public var daysOverdue: Int { oldestUnsettled?.daysOverdue ?? 0 }

  /// The occurrence effectively due on `due`, if the list holds one.
  public func instalment(due: LocalDate) -> InstalmentStanding? { instalments.first { $0.due == due } }
}
