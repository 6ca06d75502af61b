/// How many instalments a loan has: a count, no end (a credit card), or exactly the dates its
/// due rule lists.
public enum LoanTerm: Hashable, Sendable {
  /// This many instalments, from the first due date.
  case installments(Int)
  /// Instalments without end.
  case openEnded
  /// One instalment for each listed date.
  case listedDates
}
