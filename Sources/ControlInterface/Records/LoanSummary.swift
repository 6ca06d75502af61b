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
    /// What is unpaid on the occurrences due so far.
    public var outstanding: String
    /// Days since the oldest unpaid due date, 0 when nothing is overdue.
    public var daysOverdue: Int

    /// A value with these fields.
    public init(
      id: String, name: String, platform: String, currency: String, amount: String, nextDue: String? = nil,
      outstanding: String, daysOverdue: Int
    ) {
      self.id = id
      self.name = name
      self.platform = platform
      self.currency = currency
      self.amount = amount
      self.nextDue = nextDue
      self.outstanding = outstanding
      self.daysOverdue = daysOverdue
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
    }
  }
}
