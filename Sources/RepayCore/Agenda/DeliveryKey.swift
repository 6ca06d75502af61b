/// Names one notice across restarts, reloads and crashes, so that it is delivered once: the
/// store keeps the keys of what was delivered.
///
/// For a loan's stage: the loan's id, the occurrence's effective due date, the stage and its
/// offset's length in seconds (0 for due and settled), since an occurrence has several advance
/// and overdue stages. For a free-standing reminder, or a note's follow-up or promise: the
/// reminder (or the note), the local date it is set for (before quiet hours move it), the stage
/// `reminder`, and the second of that local day, since a reminder may fire several times a day.
public struct DeliveryKey: Hashable, Sendable, Comparable {
  /// What it is about: a loan's occurrence, a free-standing reminder, a note's follow-up or promise.
  public var subject: DeliverySubject
  /// The occurrence's effective due date, or the reminder's local date.
  public var date: LocalDate
  /// The stage.
  public var stage: Stage
  /// The offset's length in seconds, 0 for due and settled; for a reminder the second of its day.
  public var offsetSeconds: Int64

  /// The key with these parts.
  public init(subject: DeliverySubject, date: LocalDate, stage: Stage, offsetSeconds: Int64) {
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
