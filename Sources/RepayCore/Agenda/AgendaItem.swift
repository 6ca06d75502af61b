/// One notice still to deliver: what it is, when it was planned, and when to deliver it.
public struct AgendaItem: Hashable, Sendable {
  /// Where the notice comes from in the schedule it was planned from: whole in itself, so that
  /// the plan's schedule window need not be kept once the notices ahead are on the timeline.
  public enum Source: Hashable, Sendable {
    /// The stage instant `stage` of the occurrence due on `due` of the loan at `loan` (an index
    /// of the planned configuration's loans).
    case stage(loan: Int, due: LocalDate, stage: StageInstant)
    /// The free-standing reminder firing at this index of the planned reminder list.
    case reminder(Int)
  }

  /// The notice's identity for de-duplication.
  public var key: DeliveryKey
  /// Where it comes from.
  public var source: Source
  /// The instant the schedule gives, microseconds since 1970.
  public var planned: Int64
  /// When to deliver it: `planned`, or later when a snooze or quiet hours hold it back.
  public var deadline: Int64

  /// An item with these parts.
  public init(key: DeliveryKey, source: Source, planned: Int64, deadline: Int64) {
    self.key = key
    self.source = source
    self.planned = planned
    self.deadline = deadline
  }
}
