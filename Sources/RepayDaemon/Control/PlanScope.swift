/// What a change asks the state owner to plan again.
enum PlanScope: Sendable, Equatable {
  /// The notices of the loan with this id alone: a payment, a snooze, an agreement or a note's
  /// reminder changes nothing else (`ReminderPlanner.replan(loan:now:)`).
  case loan(String)
  /// The whole household: an adopted plan names amounts for every loan.
  case household
}
