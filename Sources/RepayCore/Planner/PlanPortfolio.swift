/// What a plan pays: the loans it pays down and the fixed obligations it pays first, all in one
/// currency.
public struct PlanPortfolio: Hashable, Sendable {
  /// The currency of every amount.
  public var currency: Currency
  /// The loans with a balance, by id.
  public var loans: [PlannedLoan]
  /// The unsettled occurrences of the loans without a balance, by due date.
  public var obligations: [FixedObligation]

  /// A portfolio of these loans and obligations in `currency`.
  public init(currency: Currency, loans: [PlannedLoan], obligations: [FixedObligation]) {
    self.currency = currency
    self.loans = loans
    self.obligations = obligations
  }
}
