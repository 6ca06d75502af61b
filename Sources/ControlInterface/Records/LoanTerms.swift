extension Control {
  /// What a loan's contract says beyond the amount per instalment, as the configuration states
  /// it: what paying late costs and how many instalments there are, so that a reader of the
  /// dossier can check each penalty by hand.
  public struct LoanTerms: Codable, Hashable, Sendable {
    /// The share of the overdue amount charged per day, a decimal string (`"0.0005"`).
    public var dailyRate: String
    /// The fixed late fee, charged once an instalment is overdue, a decimal string in major units.
    public var fee: String
    /// The first nominal due date, `YYYY-MM-DD`.
    public var firstDue: String
    /// How many instalments there are; absent for a loan without end or one of listed dates.
    public var installments: Int?

    /// A value with these fields.
    public init(dailyRate: String, fee: String, firstDue: String, installments: Int? = nil) {
      self.dailyRate = dailyRate
      self.fee = fee
      self.firstDue = firstDue
      self.installments = installments
    }

    private enum CodingKeys: String, CodingKey {
      case dailyRate = "daily_rate"
      case fee
      case firstDue = "first_due"
      case installments
    }
  }
}
