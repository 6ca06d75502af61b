extension Control {
  /// A loan at a glance, as `repayctl loans` lists it.
  public struct LoanSummary: Codable, Hashable, Sendable {
    /// The id.
    public var id: String
    /// The name.
    public var name: String
    /// The platform lending it.
    public var platform: String
    /// The currency, ISO 4217 (`CNY`).
    public var currency: String
    /// Per instalment.
    public var amount: String
    /// The oldest unsettled occurrence's due date; absent when nothing is left to pay.
    public var nextDue: String?
    /// What is due now: unpaid on all the occurrences due so far, today included (an occurrence
    /// not yet due is not in it, though it may be the `nextDue`).
    public var outstanding: String
    /// The `nextDue` occurrence's days overdue (`Loan.daysOverdue`), 0 when it is not overdue.
    public var daysOverdue: Int
    /// What is still unpaid on the occurrence `nextDue` names (what `repayctl pay LOAN` pays
    /// with no amount), whether it is due yet or not; absent only from a daemon that predates
    /// it.
    public var nextDueOutstanding: String?

    /// A value with these fields.
    public init(
      id: String, name: String, platform: String, currency: String, amount: String, nextDue: String? = nil,
      outstanding: String, daysOverdue: Int, nextDueOutstanding: String? = nil
    ) {
      self.id = id
      self.name = name
      self.platform = platform
      self.currency = currency
      self.amount = amount
      self.nextDue = nextDue
      self.outstanding = outstanding
      self.daysOverdue = daysOverdue
      self.nextDueOutstanding = nextDueOutstanding
    }

    private enum CodingKeys: String, CodingKey {
      case id
      case name
      case platform
      case currency
      case amount
      case nextDue = "next_due"
      case outstanding
      case daysOverdue = "days_overdue"
      case nextDueOutstanding = "next_due_outstanding"
    }
  }
}
