extension Loan {
  /// How many days the instalment due on `due` is overdue on `today`: counted from the end of
  /// the loan's grace days, so 1 on the first day after them and 0 up to their end. The overdue
  /// notices, the control interface and the history count alike through this.
  public func daysOverdue(due: LocalDate, today: LocalDate) -> Int {
    max(0, due.advanced(by: graceDays).distance(to: today))
  }
}
