import RepayCore

extension Control {
  /// A platform to call first when the budget is short (measure 1): what the plan leaves unpaid
  /// on the loan in its first month and what that costs a day in penalties, with how to reach it.
  public struct PlanCall: Codable, Hashable, Sendable {
    /// The loan's id.
    public var loan: String
    /// The loan's name.
    public var name: String
    /// The platform.
    public var platform: String
    /// Where to reach the platform; absent when the configuration gives none.
    public var contact: LoanContact?
    /// What the plan's first month leaves unpaid on the loan, a decimal string in major units.
    public var unpaid: String
    /// What that costs a day in penalties, a decimal string in major units.
    public var penaltyPerDay: String

    /// A value with these fields.
    public init(
      loan: String, name: String, platform: String, contact: LoanContact? = nil, unpaid: String,
      penaltyPerDay: String
    ) {
      self.loan = loan
      self.name = name
      self.platform = platform
      self.contact = contact
      self.unpaid = unpaid
      self.penaltyPerDay = penaltyPerDay
    }

    private enum CodingKeys: String, CodingKey {
      case loan
      case name
      case platform
      case contact
      case unpaid
      case penaltyPerDay = "penalty_per_day"
    }
  }
}
