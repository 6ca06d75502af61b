import RepayCore

/// The JSON of `repayctl schedule --json`, in the shape and key order the design brief fixes.
enum ScheduleJSON {
  /// The whole document.
  static func text(
    zone: String, from: LocalDate, days: Int, window: ScheduleWindow,
    reminders: [ScheduledReminder]
  ) -> String {
    JSONText.object([
      ("timezone", JSONText.string(zone)),
      ("from", JSONText.string(from.description)),
      ("days", String(days)),
      ("occurrences", JSONText.array(window.occurrences.map { occurrence($0, in: window) })),
      ("reminders", JSONText.array(reminders.map(reminder))),
    ])
  }

  private static func occurrence(_ occurrence: ScheduledOccurrence, in window: ScheduleWindow) -> String {
    let loan = window.loan(of: occurrence)
    return JSONText.object([
      ("loan", JSONText.string(loan.id)),
      ("installment", String(occurrence.installment)),
      ("scheduled", JSONText.string(occurrence.scheduled.description)),
      ("due", JSONText.string(occurrence.due.description)),
      ("amount", JSONText.string(loan.amount.decimalText)),
      ("currency", JSONText.string(loan.amount.currency.code)),
      ("reminders", JSONText.array(window.stages(of: occurrence).map { stage($0, of: loan) })),
    ])
  }

  private static func stage(_ stage: StageInstant, of loan: Loan) -> String {
    var members = [("stage", JSONText.string(stage.stage.rawValue))]
    if let offset = loan.reminders.offset(of: stage) {
      members.append(("offset", JSONText.string(offset.text)))
    }
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
