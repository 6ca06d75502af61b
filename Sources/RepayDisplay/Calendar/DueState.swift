import RepayCore

/// How a calendar marks a day something falls due on, from the least pressing to the most; a
/// day with several occurrences shows the most pressing.
public enum DueState: Int, Sendable, Hashable, Comparable, CaseIterable {
  /// Paid in full.
  case paid
  /// Unpaid, and due later than its loan's advance window.
  case later
  /// Unpaid and due within its loan's advance window (its earliest advance reminder has come).
  case soon
  /// Unpaid and due today, or past its due date within its grace days.
  case due
  /// Unpaid past its due date and grace days.
  case overdue

  /// The state of an occurrence due on `due` with `status` on `today`, whose loan's advance
  /// window is `advanceDays` days (`ReminderPolicy.advanceDays`); nil for a superseded one,
  /// which an agreement asks for on its own dates and is not due.
  public init?(status: InstalmentStanding.Status, due: LocalDate, today: LocalDate, advanceDays: Int) {
    switch status {
    case .settled: self = .paid
    case .superseded: return nil
    case .overdue: self = .overdue
    case .due: self = .due
    case .upcoming: self = today.distance(to: due) <= advanceDays ? .soon : .later
    }
  }

  /// Less pressing first.
  public static func < (lhs: DueState, rhs: DueState) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The one-column mark beside the day's number, the same in every language.
  var mark: String {
    switch self {
    case .paid: "✓"
    case .later: "+"
    case .soon: "~"
    case .due: "*"
    case .overdue: "!"
    }
  }

  /// The colour of the day's number, mark and amount; nil for none.
  var emphasis: Emphasis? {
    switch self {
    case .paid: .good
    case .later: nil
    case .soon: .warning
    case .due: .urgent
    case .overdue: .alarm
    }
  }
}
