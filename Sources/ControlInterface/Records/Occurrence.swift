extension Control {
  /// One repayment a loan asks for.
  public struct Occurrence: Codable, Hashable, Sendable {
    /// The instalment number, when the loan counts them; absent when it does not apply.
    public var installment: Int?
    /// The nominal date.
    public var scheduled: String
    /// The date after the business-day rule.
    public var due: String
    /// The amount, a decimal string in major units.
    public var amount: String
    /// What was paid on it, a decimal string.
    public var paid: String
    /// What is still unpaid, a decimal string.
    public var outstanding: String
    /// The currency, ISO 4217 (`CNY`).
    public var currency: String
    /// Where it stands.
    public var status: Control.OccurrenceStatus
    /// Days past the due date; absent when it does not apply.
    public var daysOverdue: Int?
    /// The penalty accrued so far, and per day, while overdue.
    public var penalty: String?
    /// The penalty per day; absent when it does not apply.
    public var penaltyPerDay: String?
    /// The agreement that asks for it (an agreed instalment); absent when it does not apply.
    public var agreement: Int64?
    /// The agreement that replaced it, while it is superseded; absent when it does not apply.
    public var supersededBy: Int64?
    /// True when an agreement forgave its penalty; absent when none did.
    public var penaltyWaived: Bool?

    /// A value with these fields.
    public init(
      installment: Int? = nil, scheduled: String, due: String, amount: String, paid: String,
      outstanding: String, currency: String, status: Control.OccurrenceStatus, daysOverdue: Int? = nil,
      penalty: String? = nil, penaltyPerDay: String? = nil, agreement: Int64? = nil,
      supersededBy: Int64? = nil, penaltyWaived: Bool? = nil
    ) {
      self.installment = installment
      self.scheduled = scheduled
      self.due = due
      self.amount = amount
      self.paid = paid
      self.outstanding = outstanding
      self.currency = currency
      self.status = status
      self.daysOverdue = daysOverdue
      self.penalty = penalty
      self.penaltyPerDay = penaltyPerDay
      self.agreement = agreement
      self.supersededBy = supersededBy
      self.penaltyWaived = penaltyWaived
    }

    private enum CodingKeys: String, CodingKey {
      case installment
      case scheduled
      case due
      case amount
      case paid
      case outstanding
      case currency
      case status
      case daysOverdue = "days_overdue"
      case penalty
      case penaltyPerDay = "penalty_per_day"
      case agreement
      case supersededBy = "superseded_by"
      case penaltyWaived = "penalty_waived"
    }
  }
}
