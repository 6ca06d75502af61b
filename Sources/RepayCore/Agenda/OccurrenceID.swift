/// Names one instalment across restarts and reloads: the loan's id and the effective due date.
/// (Instalment numbers are not used: editing `first_due` renumbers them.)
public struct OccurrenceID: Hashable, Sendable, Comparable {
  /// The loan's id.
  public var loan: String
  /// The effective due date.
  public var due: LocalDate

  /// The instalment of `loan` due on `due`.
  public init(loan: String, due: LocalDate) {
    self.loan = loan
    self.due = due
  }

  /// By loan id, then date.
  public static func < (lhs: OccurrenceID, rhs: OccurrenceID) -> Bool {
    (lhs.loan, lhs.due) < (rhs.loan, rhs.due)
  }
}
