/// When one stage of an occurrence fires.
public struct StageInstant: Hashable, Sendable {
  /// The stage: advance, due or overdue.
  public var stage: Stage
  /// The offset from the config that made it (`7d`), for advance and overdue; nil for due.
  public var offset: ReminderOffset?
  /// The firing instant, microseconds since 1970, after quiet hours.
  public var instant: Int64

  /// A stage instant.
  public init(stage: Stage, offset: ReminderOffset?, instant: Int64) {
    self.stage = stage
    self.offset = offset
    self.instant = instant
  }

  /// The order of an occurrence's list: by instant, then stage, then the length of the offset
  /// (for advance stages, the longer one is the earlier-planned).
  public static func precedes(_ lhs: StageInstant, _ rhs: StageInstant) -> Bool {
    if lhs.instant != rhs.instant { return lhs.instant < rhs.instant }
    if lhs.stage != rhs.stage { return lhs.stage < rhs.stage }
    let left = lhs.offset?.seconds ?? 0
    let right = rhs.offset?.seconds ?? 0
    return lhs.stage == .advance ? left > right : left < right
  }
}
