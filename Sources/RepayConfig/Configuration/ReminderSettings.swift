import RepayCore

/// The `[reminders]` table, or a loan's `[loan.reminders]` laid over it.
enum ReminderSettings {
  /// The keys of a loan's own reminder settings.
  static let perLoanKeys = ["at", "before", "due", "overdue"]
  /// The keys of `[reminders]`.
  static let keys = perLoanKeys + ["catch_up_fold"]

  /// `base` with what `table` sets laid over it; `catch_up_fold` too unless `perLoan`.
  static func read(
    _ table: TOMLTable, name: String, at location: SourceLocation, over base: ReminderPolicy, perLoan: Bool,
    log: DiagnosticLog
  ) -> (policy: ReminderPolicy, catchUpFold: Int?) {
    let fields = TableFields(
      table, name: name, at: location, allowed: perLoan ? keys.filter { $0 != "catch_up_fold" } : keys,
      log: log)
    var policy = base
    if let (time, _) = fields.timeOfDay("at") { policy.at = time }
    if let offsets = fields.durations("before") { policy.before = offsets }
    if let (flag, _) = fields.boolean("due") { policy.due = flag }
    if let offsets = fields.durations("overdue") { policy.overdue = offsets }
    var catchUpFold: Int?
    if !perLoan, let (count, _) = fields.integer("catch_up_fold", in: 0...10_000) { catchUpFold = Int(count) }
    return (policy, catchUpFold)
  }
}
