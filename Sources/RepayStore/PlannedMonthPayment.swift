import RepayCore

/// What an adopted plan pays one loan in one month.
public struct PlannedMonthPayment: Hashable, Sendable {
  /// The month, `YYYY-MM`.
  public var month: String
  /// The loan's id.
  public var loan: String
  /// The payment, in the plan's currency.
  public var amount: Money

  /// A payment with these fields.
  public init(month: String, loan: String, amount: Money) {
    self.month = month
    self.loan = loan
    self.amount = amount
  }
}
