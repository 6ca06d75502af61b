/// Where one occurrence of a loan stands on a date: what it asks for, what was paid on it, and,
/// while it is overdue, for how long and what that costs. An occurrence is one of the schedule's
/// instalments, one an agreement asks for, or both on one date (`AgreedTerms`). Pure: `today`
/// is a parameter.
public struct InstalmentStanding: Hashable, Sendable {
  /// Where an occurrence stands.
  public enum Status: Hashable, Sendable, CaseIterable {
    /// Not paid in full, its due date still ahead.
    case upcoming
    /// Not paid in full, due today or within its grace days.
    case due
    /// Not paid in full and past its due date and grace days.
    case overdue
    /// Paid in full (or more).
    case settled
    /// Replaced by an agreement, which asks for it on its own dates: nothing is due on it.
    case superseded
  }

  /// The instalment number of the schedule, 1 for the loan's first due date; nil for an
  /// occurrence only an agreement asks for.
  public let installment: Int?
  /// The nominal due date.
  public let scheduled: LocalDate
  /// The effective due date, after the business-day rule.
  public let due: LocalDate
  /// What it asks for: the loan's amount per instalment, as agreements make it.
  public let amount: Money
  /// What was paid on it, in the loan's currency.
  public let paid: Money
  /// What is still unpaid: the amount less what was paid, never below zero (zero once superseded).
  public let outstanding: Money
  /// Where it stands.
  public let status: Status
  /// While overdue, the days overdue as the notices count them (`Loan.daysOverdue`); else nil.
  public let daysOverdue: Int?
  /// While overdue, the penalty accrued on the outstanding amount so far (zero once waived);
  /// else nil.
  public let penalty: Money?
  /// While overdue, the penalty one more day adds (zero once waived); else nil.
  public let penaltyPerDay: Money?
  /// The agreement that asks for it; nil when none does.
  public let agreement: Int64?
  /// The agreement that replaced it, while it is superseded; else nil.
  public let supersededBy: Int64?
  /// Whether a waiver forgave its penalty.
  public let penaltyWaived: Bool

  /// The occurrence of `loan` nominally due on `scheduled` and effectively on `due`, instalment
  /// `installment` of the schedule (nil when only an agreement asks for it), with `paid` minor
  /// units of the loan's currency paid on it, as it stands on `today` under `terms`.
  public init(
    loan: Loan, installment: Int?, scheduled: LocalDate, due: LocalDate, paid: Int64, today: LocalDate,
    terms: AgreedTerms = .none
  ) {
    let currency = loan.amount.currency
    self.installment = installment
    self.scheduled = scheduled
    self.due = due
    let isScheduled = installment != nil
    supersededBy = terms.isSuperseded(due) ? terms.superseded[due] : nil
    agreement = terms.agreed[due]?.agreement ?? terms.replaced[due]?.agreement
    penaltyWaived = terms.waived[due] != nil
    let own = isScheduled ? loan.amount.minorUnits : terms.replaced[due]?.amount ?? 0
    amount = Money(
      minorUnits: supersededBy == nil
        ? terms.asked(due: due, scheduled: isScheduled ? loan.amount.minorUnits : nil) : own,
      currency: currency)
    self.paid = Money(minorUnits: paid, currency: currency)
    let days = loan.daysOverdue(due: due, today: today)
    if supersededBy != nil {
      status = .superseded
      outstanding = Money(minorUnits: 0, currency: currency)
    } else {
      outstanding = Money(minorUnits: max(0, amount.minorUnits - paid), currency: currency)
      if outstanding.minorUnits == 0 {
        status = .settled
      } else if today < due {
        status = .upcoming
      } else {
        status = days > 0 ? .overdue : .due
      }
    }
    guard status == .overdue else {
      (daysOverdue, penalty, penaltyPerDay) = (nil, nil, nil)
      return
    }
    daysOverdue = days
    let none = Money(minorUnits: 0, currency: currency)
    penalty = penaltyWaived ? none : loan.penalty.accrued(on: outstanding, daysOverdue: days)
    penaltyPerDay = penaltyWaived ? none : loan.penalty.perDay(on: outstanding)
  }

  /// Whether nothing is left to pay on it.
  public var isSettled: Bool { status == .settled }

  /// Whether something is still to pay on it: neither settled nor superseded.
  public var isOpen: Bool { status != .settled && status != .superseded }
}
