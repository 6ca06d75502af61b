import RepayCore

/// One reminder as both tools' outputs are compared: a local date and time, the loan, and the
/// stage.
struct ComparedInstant: Hashable, Comparable, CustomStringConvertible {
  /// The kind of reminder, as both tools can tell it.
  enum Stage: String, Comparable {
    case advance, due, overdue

    static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  var date: LocalDate
  /// Local minutes after midnight.
  var minute: Int
  var loan: String
  var stage: Stage

  /// `2026-12-03 09:30 loan-1 advance`.
  var description: String { "\(date) \(RemindHousehold.clock(minute)) \(loan) \(stage.rawValue)" }

  /// By date, time, loan, then stage.
  static func < (lhs: ComparedInstant, rhs: ComparedInstant) -> Bool {
    (lhs.date, lhs.minute, lhs.loan, lhs.stage) < (rhs.date, rhs.minute, rhs.loan, rhs.stage)
  }
}
