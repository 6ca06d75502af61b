/// How insistently a desktop notification asks for attention: the urgency levels of the
/// freedesktop notification specification, in its numbering.
public enum NoticeUrgency: Int, Comparable, Sendable, CaseIterable {
  /// Informational: the earlier advance notices, a settled instalment.
  case low = 0
  /// The closest advance notice, the due date, free-standing reminders.
  case normal = 1
  /// Overdue.
  case critical = 2

  /// Orders by insistence, low first.
  public static func < (lhs: NoticeUrgency, rhs: NoticeUrgency) -> Bool { lhs.rawValue < rhs.rawValue }
}
