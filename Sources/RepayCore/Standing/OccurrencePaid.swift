/// How much has been paid towards one occurrence of a loan, summed over its payments in one
/// currency.
public struct OccurrencePaid: Hashable, Sendable {
  /// The loan's id.
  public var loan: String
  /// The occurrence's effective due date.
  public var occurrence: LocalDate
  /// The sum of the payments, exact in minor units.
  public var paid: Money

  /// A sum.
  public init(loan: String, occurrence: LocalDate, paid: Money) {
    self.loan = loan
    self.occurrence = occurrence
    self.paid = paid
  }
}
