extension ScheduleWindow {
  /// The stage instants of `occurrence` that a calendar alarm stands for: its advance stages and
  /// its due stage (the overdue ladder is the daemon's, not the calendar's), in order.
  public func alarmInstants(of occurrence: ScheduledOccurrence) -> [Int64] {
    stages(of: occurrence).lazy.filter { $0.stage == .advance || $0.stage == .due }.map(\.instant)
  }

  /// The window as calendar events written by `writer`, each occurrence open (the schedule of
  /// the configuration knows no payments) with an alarm per advance and due stage, then
  /// `reminders` as timed events.
  public func calendarEvents(reminders: [ScheduledReminder], writer: NoticeWriter) -> [CalendarEvent] {
    var events: [CalendarEvent] = []
    events.reserveCapacity(occurrences.count + reminders.count)
    for occurrence in occurrences {
      let loan = loan(of: occurrence)
      events.append(
        writer.calendarEvent(
          of: loan, scheduled: occurrence.scheduled, due: occurrence.due,
          amount: Money(minorUnits: asked(occurrence), currency: loan.amount.currency), state: .open(paid: 0),
          alarms: alarmInstants(of: occurrence)))
    }
    events.append(contentsOf: reminders.map(writer.calendarEvent(of:)))
    return events
  }
}
