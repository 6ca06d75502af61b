/// One instalment of a loan as the schedule lists it: which loan, its dates, and where its
/// stage instants lie in the window's list. Plain numbers, so that listing thousands of them
/// retains nothing; `ScheduleWindow` reads the loan and the stages they point at.
public struct ScheduledOccurrence: Hashable, Sendable {
  /// The loan's position in the configuration's `loans`.
  public var loan: Int
  /// The instalment number, 1 for the loan's first due date; 0 for an occurrence only an
  /// agreement asks for.
  public var installment: Int
  /// The nominal due date the due rule gives.
  public var scheduled: LocalDate
  /// The effective due date, after the business-day rule.
  public var due: LocalDate
  /// The positions of its stage instants in `ScheduleWindow.stageInstants`, which lists them
  /// in the order of `ReminderPolicy.precedes`.
  public var stages: Range<Int>

  /// An occurrence with these parts.
  public init(loan: Int, installment: Int, scheduled: LocalDate, due: LocalDate, stages: Range<Int>) {
    self.loan = loan
    self.installment = installment
    self.scheduled = scheduled
    self.due = due
    self.stages = stages
  }

  /// Whether it is one of the schedule's instalments (perhaps joined by an agreed occurrence on
  /// its date), not only an agreement's.
  public var isScheduled: Bool { installment > 0 }
}
