/// The identity and planned instant of each notice of a planned schedule, found from where it
/// comes from (`AgendaItem.Source`): so that what waits on the timeline can be a few numbers
/// rather than a whole `AgendaItem`, and be made whole again when it comes due.
public struct NoticeKeys: Sendable {
  /// The planned configuration's loans, which a stage's source names by index.
  public let loans: [Loan]
  /// The planned free-standing reminders.
  public let reminders: [ScheduledReminder]
  /// The zone whose wall clock dates a reminder.
  public let zone: TimeZoneRules

  /// The keys of the stages of `loans` and of `reminders`, reminders dated on `zone`'s wall
  /// clock.
  public init(loans: [Loan], reminders: [ScheduledReminder], zone: TimeZoneRules) {
    self.loans = loans
    self.reminders = reminders
    self.zone = zone
  }

  /// The keys of `window`'s stages and of `reminders`, reminders dated on `zone`'s wall clock.
  public init(window: ScheduleWindow, reminders: [ScheduledReminder], zone: TimeZoneRules) {
    self.init(loans: window.loans, reminders: reminders, zone: zone)
  }

  /// The key the store de-duplicates the notice from `source` on (see `DeliveryKey`).
  public func key(of source: AgendaItem.Source) -> DeliveryKey {
    switch source {
    case .stage(let loan, let due, let stage):
      let offset = loans[loan].reminders.offset(of: stage)?.seconds ?? 0
      return DeliveryKey(subject: .loan(loans[loan].id), date: due, stage: stage.stage, offsetSeconds: offset)
    case .reminder(let index):
      let reminder = reminders[index]
      // The calendar's instant, not the one quiet hours moved it to: two firings moved to the
      // same morning stay two, and a change of the quiet hours names no firing anew.
      let (date, time) = zone.localTime(
        at: Int64(CivilCalendar.floorDivision(Int(reminder.nominal), 1_000_000).quotient))
      return DeliveryKey(
        subject: reminder.subject, date: date, stage: .reminder, offsetSeconds: Int64(time.secondOfDay))
    }
  }

  /// The instant the schedule plans the notice from `source` for, microseconds since 1970.
  public func planned(of source: AgendaItem.Source) -> Int64 {
    switch source {
    case .stage(_, _, let stage): stage.instant
    case .reminder(let index): reminders[index].instant
    }
  }
}
