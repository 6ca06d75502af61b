/// When notes' reminders fire: at their date and local time (or the loan's reminder time `at`)
/// in the configuration's zone, by the daemon's DST rule, moved past quiet hours as any reminder
/// is. Pure: the instants are computed from the notes, the loans, the zone and the quiet hours.
public struct NoteReminderPlan: Sendable {
  /// The notes' reminders.
  public let reminders: [NoteReminder]
  /// The configuration whose loans, zone and quiet hours apply.
  public let configuration: Configuration

  /// The plan of `reminders` under `configuration`.
  public init(reminders: [NoteReminder], configuration: Configuration) {
    self.reminders = reminders
    self.configuration = configuration
  }

  /// The instant `reminder` is set for, before quiet hours, and the one it fires at, after them,
  /// microseconds since 1970. A loan no longer configured has no reminder time of its own: the
  /// standard one (`ReminderPolicy.standard.at`) stands in.
  public func instants(of reminder: NoteReminder) -> (nominal: Int64, fired: Int64) {
    let zone = configuration.zone
    let at =
      reminder.time ?? configuration.loans.first { $0.id == reminder.loan }?.reminders.at
      ?? ReminderPolicy.standard.at
    let nominal = zone.firingInstant(localSeconds: TimeZoneRules.localSeconds(reminder.date, at)) * 1_000_000
    let fired =
      Stage.reminder.waitsForQuietHoursToEnd
      ? configuration.quietHours.map { zone.deferring(nominal, by: $0) } ?? nominal : nominal
    return (nominal, fired)
  }

  /// The firings of the reminders of configured loans that fall on the local days from `from`
  /// for `days` days, by instant, each carrying its note's reminder for the notice.
  public func scheduled(from: LocalDate, days: Int) -> [ScheduledReminder] {
    let zone = configuration.zone
    let start = zone.startOfDay(from) * 1_000_000
    let end = zone.startOfDay(from.advanced(by: days)) * 1_000_000
    let loans = Set(configuration.loans.map(\.id))
    return reminders.filter { loans.contains($0.loan) }.compactMap { reminder in
      let (nominal, fired) = instants(of: reminder)
      guard fired >= start, fired < end else { return nil }
      return ScheduledReminder(
        id: reminder.id, instant: fired, nominal: nominal, message: reminder.text, note: reminder)
    }.sorted { ($0.instant, $0.id) < ($1.instant, $1.id) }
  }
}
