import RepayCore

extension CalendarDue {
  /// The occurrences of `configuration`'s loans due in [`from`, `end`) as the configuration
  /// alone makes them, on `today`: those that `paid_through` covers are paid, the others stand
  /// by their dates (nothing is known of payments without the daemon).
  public static func scheduled(
    in configuration: Configuration, from: LocalDate, to end: LocalDate, today: LocalDate
  )
    -> [CalendarDue]
  {
    let calendar = CalendarDates()
    var dues: [CalendarDue] = []
    for loan in configuration.loans {
      // The schedule leaves out what `paid_through` covers; the calendar shows it as paid.
      var everyInstalment = loan
      everyInstalment.paidThrough = nil
      var dates = EffectiveDueDates(
        of: everyInstalment, from: from.advanced(by: -31), holidays: configuration.holidays,
        calendar: calendar)
      while let (installment, scheduled, due) = dates.next(), due < end {
        guard due >= from else { continue }
        let paid = loan.paidThrough.map { scheduled <= $0 } == true ? loan.amount.minorUnits : 0
        let standing = InstalmentStanding(
          loan: loan, installment: installment, scheduled: scheduled, due: due, paid: paid, today: today)
        if let state = DueState(
          status: standing.status, due: due, today: today, advanceDays: loan.reminders.advanceDays)
        {
          dues.append(
            CalendarDue(date: due, state: state, amount: standing.amount, outstanding: standing.outstanding))
        }
      }
    }
    return dues
  }
}
