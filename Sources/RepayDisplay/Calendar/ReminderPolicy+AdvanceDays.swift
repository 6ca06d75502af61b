import RepayCore

extension ReminderPolicy {
  /// How many days before a due date the earliest advance reminder falls (0 without advance
  /// reminders): the stage fires at `at` on the due date less the longest `before` offset, on
  /// the wall clock, so `7d` at 09:30 gives 7, `36h` gives 2 and `9h` 0.
  public var advanceDays: Int {
    guard let longest = before.map(\.seconds).max() else { return 0 }
    let stage = at.secondOfDay - Int(clamping: longest)
    return max(0, -CivilCalendar.floorDivision(stage, CivilCalendar.secondsPerDay).quotient)
  }
}
