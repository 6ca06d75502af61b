/// When one stage of an occurrence fires. Sixteen bytes with no references, so that a window
/// of two years for thousands of loans is one flat list: the offset that made the stage is
/// named by its position in the loan's `ReminderPolicy`, which holds its length and text.
public struct StageInstant: Hashable, Sendable {
  /// The firing instant, microseconds since 1970, after quiet hours.
  public var instant: Int64
  /// The stage: advance, due or overdue.
  public var stage: Stage
  /// For an advance stage, the position of its offset in the policy's `before`; for an overdue
  /// stage, in its `overdue`; 0 for the due stage. `ReminderPolicy.offset(of:)` reads it.
  public var offsetIndex: Int32

  /// A stage instant.
  public init(instant: Int64, stage: Stage, offsetIndex: Int32) {
    self.instant = instant
    self.stage = stage
    self.offsetIndex = offsetIndex
  }
}
