/// What someone promised in a conversation a note records: the person to pay an amount by a
/// date, or the platform to do something worth an amount (a refund, a correction) by a date. Its
/// date fires once as a reminder.
public struct NotePromise: Hashable, Sendable {
  /// The amount, in the loan's currency.
  public var amount: Money
  /// The date it is due by.
  public var date: LocalDate
  /// Who promised it.
  public var by: Party

  /// A promise of `amount` by `date`, made by `by`.
  public init(amount: Money, date: LocalDate, by: Party) {
    self.amount = amount
    self.date = date
    self.by = by
  }

  /// Who made a promise. The raw value is the word the command line, JSON and the database use.
  public enum Party: String, Hashable, Sendable, CaseIterable {
    /// The person: a payment they promised to make.
    case me
    /// The platform: something it promised to do.
    case platform
  }
}
