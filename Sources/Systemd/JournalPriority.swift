/// The syslog levels that journald's `PRIORITY` field holds, most severe first.
public enum JournalPriority: Int, Sendable, CaseIterable {
  /// 0: the system is unusable.
  case emergency = 0
  /// 1: action must be taken at once.
  case alert = 1
  /// 2: critical conditions (repayd: overdue 7 days or more).
  case critical = 2
  /// 3: errors (repayd: overdue 1 to 6 days).
  case error = 3
  /// 4: warnings (repayd: due today).
  case warning = 4
  /// 5: normal but significant (repayd: advance reminders, free-standing reminders).
  case notice = 5
  /// 6: informational (repayd: settled).
  case informational = 6
  /// 7: debugging.
  case debug = 7
}
