import RepayCore

/// The JSON of `repayctl schedule --json`, in the shape and key order the design brief fixes.
enum ScheduleJSON {
  /// The whole document.
  static func text(
    zone: String, from: LocalDate, days: Int, occurrences: [ScheduledOccurrence],
    reminders: [ScheduledReminder]
  ) -> String {
    JSONText.object([
      ("timezone", JSONText.string(zone)),
      ("from", JSONText.string(from.description)),
      ("days", String(days)),
      ("occurrences", JSONText.array(occurrences.map(occurrence))),
      ("reminders", JSONText.array(reminders.map(reminder))),
    ])
  }

  private static func occurrence(_ occurrence: ScheduledOccurrence) -> String {
    JSONText.object([
      ("loan", JSONText.string(occurrence.loan)),
      ("installment", String(occurrence.installment)),
      ("scheduled", JSONText.string(occurrence.scheduled.description)),
      ("due", JSONText.string(occurrence.due.description)),
      ("amount", JSONText.string(occurrence.amount.decimalText)),
      ("currency", JSONText.string(occurrence.amount.currency.code)),
      ("reminders", JSONText.array(occurrence.reminders.map(stage))),
    ])
  }

  private static func stage(_ stage: StageInstant) -> String {
    var members = [("stage", JSONText.string(stage.stage.rawValue))]
    if let offset = stage.offset { members.append(("offset", JSONText.string(offset.text))) }
    members.append(("at", JSONText.string(InstantText.format(microseconds: stage.instant))))
    return JSONText.object(members)
  }

  private static func reminder(_ reminder: ScheduledReminder) -> String {
    JSONText.object([
      ("id", JSONText.string(reminder.id)),
      ("at", JSONText.string(InstantText.format(microseconds: reminder.instant))),
      ("message", JSONText.string(reminder.message)),
    ])
  }
}
