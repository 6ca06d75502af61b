extension Loan {
  /// How many days the instalment due on `due` is overdue on the local date `today` (both in
  /// the configuration's zone): whole calendar days after the due date and the loan's grace
  /// days, so 0 up to and including the last grace day (the due date itself without grace) and
  /// 1 from `firstDayOverdue(due:)` on; the time of day plays no part. This is the one
  /// definition: the notices and `REPAY_DAYS_OVERDUE`, the hooks, the desktop, the standing
  /// behind `status`, `loans`, `show` and `upcoming`, and the penalty all count through it.
  public func daysOverdue(due: LocalDate, today: LocalDate) -> Int {
    max(0, due.advanced(by: graceDays).distance(to: today))
  }

  /// The first local date on which the instalment due on `due` is overdue, and so the first day
  /// its penalty accrues for: the day after its grace days (the day after the due date without
  /// grace).
  public func firstDayOverdue(due: LocalDate) -> LocalDate {
    due.advanced(by: graceDays + 1)
  }
}
