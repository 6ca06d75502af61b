/// Where one instalment of a loan stands on a date: what it asks for, what was paid on it, and,
/// while it is overdue, for how long and what that costs. Pure: `today` is a parameter.
public struct InstalmentStanding: Hashable, Sendable {
  /// Where an instalment stands.
  public enum Status: Hashable, Sendable, CaseIterable {
    /// Not paid in full, its due date still ahead.
    case upcoming
    /// Not paid in full, due today or within its grace days.
    case due
    /// Not paid in full and past its due date and grace days.
    case overdue
    /// Paid in full (or more).
    case settled
  }

  /// The instalment number, 1 for the loan's first due date.
  public let installment: Int
  /// The nominal due date.
  public let scheduled: LocalDate
  /// The effective due date, after the business-day rule.
  public let due: LocalDate
  /// What it asks for: the loan's amount per instalment.
  public let amount: Money
  /// What was paid on it, in the loan's currency.
  public let paid: Money
  /// What is still unpaid: the amount less what was paid, never below zero.
  public let outstanding: Money
  /// Where it stands.
  public let status: Status
  /// While overdue, the days overdue as the notices count them (`Loan.daysOverdue`); else nil.
  public let daysOverdue: Int?
  /// While overdue, the penalty accrued on the outstanding amount so far; else nil.
  public let penalty: Money?
  /// While overdue, the penalty one more day adds; else nil.
  public let penaltyPerDay: Money?

  /// The instalment `installment` of `loan`, nominally due on `scheduled` and effectively on
  /// `due`, with `paid` minor units of the loan's currency paid on it, as it stands on `today`.
  public init(
    loan: Loan, installment: Int, scheduled: LocalDate, due: LocalDate, paid: Int64, today: LocalDate
  ) {
    let currency = loan.amount.currency
    self.installment = installment
    self.scheduled = scheduled
    self.due = due
    amount = loan.amount
    self.paid = Money(minorUnits: paid, currency: currency)
    outstanding = Money(minorUnits: max(0, loan.amount.minorUnits - paid), currency: currency)
    let days = loan.daysOverdue(due: due, today: today)
    if outstanding.minorUnits == 0 {
      status = .settled
    } else if today < due {
      status = .upcoming
    } else {
      status = days > 0 ? .overdue : .due
    }
    guard status == .overdue else {
      (daysOverdue, penalty, penaltyPerDay) = (nil, nil, nil)
      return
    }
    daysOverdue = days
    penalty = loan.penalty.accrued(on: outstanding, daysOverdue: days)
    penaltyPerDay = loan.penalty.perDay(on: outstanding)
  }

  /// Whether nothing is left to pay on it.
  public var isSettled: Bool { status == .settled }
}
