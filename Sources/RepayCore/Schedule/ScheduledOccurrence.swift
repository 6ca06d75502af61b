/// One instalment of a loan as the schedule lists it: its dates, amount and stage instants.
public struct ScheduledOccurrence: Hashable, Sendable {
  /// The loan's id.
  public var loan: String
  /// The instalment number, 1 for the loan's first due date.
  public var installment: Int
  /// The nominal due date the due rule gives.
  public var scheduled: LocalDate
  /// The effective due date, after the business-day rule.
  public var due: LocalDate
  /// The amount due.
  public var amount: Money
  /// Every stage instant, in the order of `StageInstant.precedes`.
  public var reminders: [StageInstant]

  /// An occurrence with these parts.
  public init(
    loan: String, installment: Int, scheduled: LocalDate, due: LocalDate, amount: Money,
    reminders: [StageInstant]
  ) {
    self.loan = loan
    self.installment = installment
    self.scheduled = scheduled
    self.due = due
    self.amount = amount
    self.reminders = reminders
  }
}
