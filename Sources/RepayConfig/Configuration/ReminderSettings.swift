import RepayCore

/// The `[reminders]` table, or a loan's `[loan.reminders]` laid over it.
enum ReminderSettings {
  /// The keys of `[reminders]`.
  enum Key: Int, TableKey {
    case at, before, due, overdue, catchUpFold

    /// The key as written in a file.
    var name: String {
      switch self {
      case .at: "at"
      case .before: "before"
      case .due: "due"
      case .overdue: "overdue"
      case .catchUpFold: "catch_up_fold"
      }
    }
  }

  /// `base` with what `table` sets laid over it; `catch_up_fold` too unless `perLoan`.
  static func read(
    _ table: consuming TOMLTable, name: String, at location: SourceLocation, over base: ReminderPolicy,
    perLoan: Bool,
    log: DiagnosticLog
  ) -> (policy: ReminderPolicy, catchUpFold: Int?) {
    let fields = TableFields<Key>(
      table, name: name, at: location, excluding: perLoan ? [.catchUpFold] : [], log: log)
    var policy = base
    if let time = fields.timeOfDay(.at) { policy.at = time }
    if let offsets = fields.durations(.before) { policy.before = offsets }
    if let flag = fields.boolean(.due) { policy.due = flag }
    if let offsets = fields.durations(.overdue) { policy.overdue = offsets }
    var catchUpFold: Int?
    if !perLoan, let count = fields.integer(.catchUpFold, in: 0...10_000) { catchUpFold = Int(count) }
    return (policy, catchUpFold)
  }
}
