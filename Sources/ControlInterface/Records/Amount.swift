extension Control {
  /// A sum of money in one currency.
  public struct Amount: Codable, Hashable, Sendable {
    /// The amount, a decimal string in major units.
    public var amount: String
    /// ISO 4217, such as "CNY".
    public var currency: String

    /// A value with these fields.
    public init(amount: String, currency: String) {
      self.amount = amount
      self.currency = currency
    }
  }
}
