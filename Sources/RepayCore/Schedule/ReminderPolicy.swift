/// When the stages of a loan's occurrences fire: the `[reminders]` table, or a loan's own
/// `[loan.reminders]` laid over it.
public struct ReminderPolicy: Hashable, Sendable {
  /// The local time of day of the advance, due and overdue stages.
  public var at: TimeOfDay
  /// How long before the due date each advance stage fires (wall-clock lengths).
  public var before: [ReminderOffset]
  /// Whether the due stage fires on the due date.
  public var due: Bool
  /// How long after the due date plus its grace days each overdue stage fires.
  public var overdue: [ReminderOffset]

  /// A policy with these settings.
  public init(at: TimeOfDay, before: [ReminderOffset], due: Bool, overdue: [ReminderOffset]) {
    self.at = at
    self.before = before
    self.due = due
    self.overdue = overdue
  }

  /// The policy when the configuration says nothing: 09:00, three days and one day ahead, on
  /// the day, and the overdue ladder of the design brief (1, 3, 7, 15 and 30 days), whose steps
  /// line up with the escalation of its playbook.
  public static let standard = ReminderPolicy(
    at: TimeOfDay(hour: 9, minute: 0)!,
    before: ["3d", "1d"].map { try! ReminderOffset(parsing: $0) },
    due: true,
    overdue: ["1d", "3d", "7d", "15d", "30d"].map { try! ReminderOffset(parsing: $0) })

  /// The offset that made `stage` under this policy: for advance and overdue stages the one
  /// at its `offsetIndex`; nil for the due stage.
  public func offset(of stage: StageInstant) -> ReminderOffset? {
    switch stage.stage {
    case .advance: before[Int(stage.offsetIndex)]
    case .overdue: overdue[Int(stage.offsetIndex)]
    default: nil
    }
  }

  /// The order of an occurrence's stage instants: by instant, then stage, then the length of
  /// the offset (for advance stages the longer one, planned earlier, comes first).
  public func precedes(_ lhs: StageInstant, _ rhs: StageInstant) -> Bool {
    if lhs.instant != rhs.instant { return lhs.instant < rhs.instant }
    if lhs.stage != rhs.stage { return lhs.stage < rhs.stage }
    let left = offset(of: lhs)?.seconds ?? 0
    let right = offset(of: rhs)?.seconds ?? 0
    return lhs.stage == .advance ? left > right : left < right
  }
}
