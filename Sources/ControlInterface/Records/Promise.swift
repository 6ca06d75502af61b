extension Control {
  /// What someone promised in a conversation with the platform: the person to pay an amount, or
  /// the platform to do something (refund, correct, call back) worth an amount, by a date.
  public struct Promise: Codable, Hashable, Sendable {
    /// The amount, a decimal string in major units.
    public var amount: String
    /// The currency, ISO 4217 (`CNY`).
    public var currency: String
    /// The date it is due by, `YYYY-MM-DD`.
    public var date: String
    /// Who promised it.
    public var by: Control.Promise.Party

    /// A value with these fields.
    public init(amount: String, currency: String, date: String, by: Control.Promise.Party) {
      self.amount = amount
      self.currency = currency
      self.date = date
      self.by = by
    }

    /// Who made a promise.
    public enum Party: String, Codable, Hashable, Sendable, CaseIterable {
      /// The person: a payment they promised to make.
      case me
      /// The platform: something it promised to do.
      case platform
    }
  }
}
