import RepayCore

/// One occurrence as the calendar shows it: the day it is due, how it stands, what it asked for
/// and what is still unpaid on it.
public struct CalendarDue: Hashable, Sendable {
  /// The effective due date.
  public var date: LocalDate
  /// How it stands.
  public var state: DueState
  /// What it asks for.
  public var amount: Money
  /// What is still unpaid, in the same currency; zero once paid.
  public var outstanding: Money

  /// An occurrence with these parts.
  public init(date: LocalDate, state: DueState, amount: Money, outstanding: Money) {
    self.date = date
    self.state = state
    self.amount = amount
    self.outstanding = outstanding
  }
}
