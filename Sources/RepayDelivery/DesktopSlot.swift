import RepayCore

/// Which desktop notification a notice takes the place of: one per occurrence (so that its
/// advance, due, overdue and settled notices update one notification as it escalates rather
/// than stack up), one per free-standing reminder, and one for the catch-up summary.
enum DesktopSlot: Hashable {
  /// A loan's occurrence.
  case occurrence(OccurrenceID)
  /// A free-standing `[[reminder]]`, by id.
  case reminder(String)
  /// The summary of a folded catch-up.
  case summary

  /// The slot of `notice`.
  init(_ notice: Notice) {
    if let loan = notice.loan, let due = notice.occurrence {
      self = .occurrence(OccurrenceID(loan: loan, due: due))
    } else if let reminder = notice.reminder {
      self = .reminder(reminder)
    } else {
      self = .summary
    }
  }
}
