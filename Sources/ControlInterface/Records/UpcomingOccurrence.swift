extension Control {
  /// An occurrence in the coming days.
  public struct UpcomingOccurrence: Codable, Hashable, Sendable {
    /// The loan's id.
    public var loan: String
    /// The name.
    public var name: String
    /// The instalment number, when the loan counts them; absent when it does not apply.
    public var installment: Int?
    /// TODO
    public var due: String
    /// The amount, a decimal string in major units.
    public var amount: String
    /// What is still unpaid, a decimal string.
    public var outstanding: String
    /// The currency, ISO 4217 (`CNY`).
    public var currency: String
    /// The next notice for it.
    public var nextReminder: String?

    /// A value with these fields.
    public init(
      loan: String, name: String, installment: Int? = nil, due: String, amount: String, outstanding: String,
      currency: String, nextReminder: String? = nil
    ) {
      self.loan = loan
      self.name = name
      self.installment = installment
      self.due = due
      self.amount = amount
      self.outstanding = outstanding
      self.currency = currency
      self.nextReminder = nextReminder
    }

    private enum CodingKeys: String, CodingKey {
      case loan
      case name
      case installment
      case due
      case amount
      case outstanding
      case currency
      case nextReminder = "next_reminder"
    }
  }
}
