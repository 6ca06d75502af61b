/// What waits on the timeline for one notice, in 10 bytes, so that a wheel node is 32 bytes and
/// the plan's schedule window need not be kept: where the notice comes from, its planned
/// instant being the node's deadline. A notice held back past its planned instant (a snooze,
/// quiet hours), planned off a whole millisecond, or whose numbers do not fit (a loan index past
/// `UInt32`, a date past `Int32` days, an offset index past 254) waits instead as an index of
/// the timeline's list of such notices, which holds its source and planned instant whole.
struct TimelineEntry: Sendable {
  /// The loan's index, the reminder's index, or the index in the list of spilled notices.
  var subject: UInt32
  /// The due date's days since 1970; 0 for a reminder.
  var due: Int32
  /// The stage; `.reminder` for a free-standing reminder.
  var stage: Stage
  /// The stage's offset index; `spilled` when `subject` indexes the list of spilled notices.
  var offsetIndex: UInt8

  /// The `offsetIndex` of an entry whose notice is on the list of spilled notices.
  static let spilled = UInt8.max

  /// The entry for `source`, planned at `planned` and due at `deadline` (microseconds since
  /// 1970), or nil when it must be spilled: the planned instant must be the deadline, on a
  /// whole millisecond, and the numbers must fit.
  init?(_ source: AgendaItem.Source, planned: Int64, deadline: Int64) {
    guard planned == deadline, planned % 1_000 == 0 else { return nil }
    switch source {
    case .stage(let loan, let due, let stage):
      guard let subject = UInt32(exactly: loan), let days = Int32(exactly: due.daysSinceEpoch),
        let offset = UInt8(exactly: stage.offsetIndex), offset != Self.spilled, stage.instant == planned,
        stage.stage != .reminder
      else { return nil }
      self.subject = subject
      self.due = days
      self.stage = stage.stage
      self.offsetIndex = offset
    case .reminder(let index):
      guard let subject = UInt32(exactly: index) else { return nil }
      self.subject = subject
      due = 0
      stage = .reminder
      offsetIndex = 0
    }
  }

  /// The entry of the notice at `index` of the list of spilled notices.
  init(spilled index: Int) {
    subject = UInt32(index)
    due = 0
    stage = .reminder
    offsetIndex = Self.spilled
  }

  /// Whether the notice is on the list of spilled notices, at `subject`.
  var isSpilled: Bool { offsetIndex == Self.spilled }

  /// The source of an entry that is not spilled, planned at `planned` (its deadline).
  func source(planned: Int64) -> AgendaItem.Source {
    if stage == .reminder { return .reminder(Int(subject)) }
    return .stage(
      loan: Int(subject), due: LocalDate(daysSinceEpoch: Int(due)),
      stage: StageInstant(instant: planned, stage: stage, offsetIndex: Int32(offsetIndex)))
  }
}
