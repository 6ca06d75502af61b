/// Which notices of a schedule are still to deliver, and when: those whose time has come (a
/// catch-up after a start, a resume or a change of the clock) and those still ahead, for the
/// timer. Pure: `now` and the history are parameters.
///
/// The rules, from the design brief: a notice is delivered once (its `DeliveryKey` is not in
/// the history); never before its planned instant; not at all when its instalment is settled;
/// not one by one when it was planned before repayd first ran or beyond the catch-up's reach
/// (`maximumCatchUpDays`), though an unsettled instalment whose current stage (the latest due
/// or overdue stage whose instant has passed) is such a notice gets that one notice, so that a
/// first start is not silent about what is already due or overdue; a snoozed loan's notices
/// wait until the snooze ends and are then delivered, once; and a notice that is held back past
/// its planned instant (by a snooze, or by a catch-up) still waits for quiet hours to end unless
/// it is critical (overdue).
public struct Agenda: Sendable {
  /// How far back a catch-up reaches, in days: notices planned earlier are not delivered one by
  /// one (a daemon stopped for years does not replay them), and instalments due earlier are not
  /// looked at.
  public static let maximumCatchUpDays = 366

  /// The instant (microseconds since 1970) at or before which notices are not caught up one by
  /// one at `now`: the first start `since`, or the catch-up's reach when that is later.
  public static func catchUpCut(since: Int64, now: Int64) -> Int64 {
    max(since, now - Int64(maximumCatchUpDays) * 86_400 * 1_000_000)
  }

  /// The notices to deliver now, by planned instant, then key.
  public var due: [AgendaItem]
  /// The notices still ahead, in the schedule's order (its occurrences by due date and loan id,
  /// each one's stages in order, then the free-standing reminders): unsorted by deadline, since
  /// the timeline they go onto orders them, and sorting a large plan was a third of a start.
  public var ahead: [AgendaItem]

  /// The agenda of `window`'s stages and of the planned free-standing `reminders` at `now`
  /// (microseconds since 1970), given `history`; quiet hours read on `zone`'s wall clock. With
  /// `placing`, only the reminders at those indices are placed (the others are planned
  /// already), each still named by its index of `reminders`.
  public init(
    window: ScheduleWindow, reminders: [ScheduledReminder], placing: Range<Int>? = nil,
    history: DeliveryHistory, now: Int64, zone: TimeZoneRules, quietHours: QuietHours?
  ) {
    var due: [AgendaItem] = []
    var ahead: [AgendaItem] = []
    let keys = NoticeKeys(window: window, reminders: reminders, zone: zone)
    let cut = Self.catchUpCut(since: history.since, now: now)
    func place(_ source: AgendaItem.Source, holdUntil: Int64?, current: Bool = false) {
      // The instant first: it is a lookup, the key makes strings.
      let planned = keys.planned(of: source)
      guard planned > cut || current else { return }
      let key = keys.key(of: source)
      guard !history.delivered.contains(key) else { return }
      var deadline = max(planned, holdUntil ?? planned)
      // Planned instants already respect quiet hours; one moved later may land in them.
      if deadline <= now {
        deadline = now
      }
      if deadline != planned, key.stage.waitsForQuietHoursToEnd, let quietHours {
        deadline = zone.deferring(deadline, by: quietHours)
      }
      let item = AgendaItem(key: key, source: source, planned: planned, deadline: deadline)
      if deadline <= now { due.append(item) } else { ahead.append(item) }
    }
    let loans = window.loans
    for occurrence in window.occurrences {
      let loan = loans[occurrence.loan].id
      let paid = history.paid[OccurrenceID(loan: loan, due: occurrence.due)] ?? 0
      guard paid < window.asked(occurrence) else { continue }
      let stages = window.stages(of: occurrence)
      if let current = Self.currentStage(of: stages, now: now), current.instant <= cut {
        place(
          .stage(loan: occurrence.loan, due: occurrence.due, stage: current),
          holdUntil: history.snoozedUntil[loan], current: true)
      }
      for stage in stages {
        place(
          .stage(loan: occurrence.loan, due: occurrence.due, stage: stage),
          holdUntil: history.snoozedUntil[loan])
      }
    }
    for index in placing ?? reminders.indices {
      place(.reminder(index), holdUntil: nil)
    }
    due.sort { ($0.planned, $0.key) < ($1.planned, $1.key) }
    self.due = due
    self.ahead = ahead
  }

  /// The earliest planned instant among the notices ahead that are held back past it at `now`
  /// (snoozed, or waiting for quiet hours): not handled yet, though their instant passed; nil
  /// when none is.
  public func earliestHeldBack(now: Int64) -> Int64? {
    ahead.lazy.map(\.planned).filter { $0 <= now }.min()
  }

  /// The stage an occurrence is at, at `now`: the latest of its due and overdue `stages` (in
  /// the ladder's order, which is their instants' order) whose instant has passed; nil while
  /// none has (it is not yet due, or its loan has no such stage).
  private static func currentStage(of stages: ArraySlice<StageInstant>, now: Int64) -> StageInstant? {
    stages.last { $0.stage != .advance && $0.instant <= now }
  }
}
