/// One occurrence an agreement asks for: its agreed date (the loan's business-day rule then
/// applies to it, as to any of its dates) and amount.
public struct AgreedInstalment: Hashable, Sendable {
  /// The date agreed.
  public var due: LocalDate
  /// What it asks for.
  public var amount: Money

  /// An agreed occurrence on `due` for `amount`.
  public init(due: LocalDate, amount: Money) {
    self.due = due
    self.amount = amount
  }
}
