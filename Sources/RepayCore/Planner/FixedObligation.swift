/// An amount the plan pays first, in the month it falls due: what is unsettled of one occurrence
/// of a loan without a balance.
public struct FixedObligation: Hashable, Sendable {
  /// The loan's id.
  public var loan: String
  /// The effective due date.
  public var due: LocalDate
  /// What is unpaid of it, in minor units (above 0).
  public var amount: Int64
  /// What paying it late costs: its daily rate orders a short budget and prices what is left
  /// unpaid.
  public var penalty: Penalty
  /// Whether it is overdue already when the plan is made (past its due date and grace days);
  /// one due before the plan's first month counts as overdue in any case.
  public var isOverdue: Bool

  /// An obligation with these terms.
  public init(loan: String, due: LocalDate, amount: Int64, penalty: Penalty, isOverdue: Bool = false) {
    self.loan = loan
    self.due = due
    self.amount = amount
    self.penalty = penalty
    self.isOverdue = isOverdue
  }
}
