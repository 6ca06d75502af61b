extension Control {
  /// An occurrence an agreement asks for: its nominal date and amount.
  public struct AgreedOccurrence: Codable, Hashable, Sendable {
    /// The date agreed, `YYYY-MM-DD` (the loan's business-day rule then applies to it).
    public var due: String
    /// The amount, a decimal string in major units.
    public var amount: String

    /// A value with these fields.
    public init(due: String, amount: String) {
      self.due = due
      self.amount = amount
    }
  }
}
