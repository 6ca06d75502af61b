extension Control {
  /// Where an occurrence stands.
  public enum OccurrenceStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Its due date is still ahead.
    case upcoming
    /// It is due today, or within its grace days.
    case due
    /// It is past its due date and grace, and not fully paid.
    case overdue
    /// It is fully paid.
    case settled
    /// An agreement replaced it: the agreement asks for it on its own dates.
    case superseded
  }
}
