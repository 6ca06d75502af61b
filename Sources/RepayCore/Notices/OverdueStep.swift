/// The next step an overdue notice recommends, escalating with the days overdue: the overdue
/// playbook of the design brief (its measures 1, 2, 4 and 5; measure 3, prevention, belongs to
/// the settled notice).
public enum OverdueStep: Sendable, CaseIterable {
  /// 1 and 2 days: contact the platform at once and record its answer.
  case contactPlatform
  /// 3 to 6 days: a repayment plan from an honest budget, overdue amounts first.
  case makePlan
  /// 7 to 29 days: ask for an extension or instalments, backed by the plan and the records.
  case negotiate
  /// 30 days and more: professional legal advice, with the records ready.
  case legalAdvice

  /// The step for an instalment `daysOverdue` days overdue (at least 1; less counts as 1).
  public init(daysOverdue: Int) {
    switch daysOverdue {
    case ..<3: self = .contactPlatform
    case 3..<7: self = .makePlan
    case 7..<30: self = .negotiate
    default: self = .legalAdvice
    }
  }

  /// The journal `PRIORITY`: 3 (err) for the first week, 2 (crit) from the seventh day.
  public var priority: Int {
    switch self {
    case .contactPlatform, .makePlan: 3
    case .negotiate, .legalAdvice: 2
    }
  }
}
