/// Names one notice across restarts, reloads and crashes, so that it is delivered once: the
/// store keeps the keys of what was delivered.
///
/// For a loan's stage: the loan's id, the occurrence's effective due date, the stage and its
/// offset's length in seconds (0 for due and settled), since an occurrence has several advance
/// and overdue stages. For a free-standing reminder: its id, the local date its calendar
/// expression names (before quiet hours move it), the stage `reminder`, and the second of that
/// local day, since a reminder may fire several times a day.
public struct DeliveryKey: Hashable, Sendable, Comparable {
  /// The loan's id, or the reminder's.
  public var subject: String
  /// The occurrence's effective due date, or the reminder's local date.
  public var date: LocalDate
  /// The stage.
  public var stage: Stage
  /// The offset's length in seconds, 0 for due and settled; for a reminder the second of its day.
  public var offsetSeconds: Int64

  /// The key with these parts.
  public init(subject: String, date: LocalDate, stage: Stage, offsetSeconds: Int64) {
    self.subject = subject
    self.date = date
    self.stage = stage
    self.offsetSeconds = offsetSeconds
  }

  /// By subject, date, stage, then offset: a stable order for lists and tests.
  public static func < (lhs: DeliveryKey, rhs: DeliveryKey) -> Bool {
    (lhs.subject, lhs.date, lhs.stage, lhs.offsetSeconds) < (
      rhs.subject, rhs.date, rhs.stage, rhs.offsetSeconds
    )
  }
}
