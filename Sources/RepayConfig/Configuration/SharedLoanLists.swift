import RepayCore

/// The lists that many loans of a configuration repeat, each kept once: a loan's own reminder
/// offsets (`[loan.reminders]`) and its listed due dates (`due = { dates = [...] }`) are read
/// into a new array per loan, and a household that gives 2,000 loans the same list would hold
/// 2,000 copies of it for as long as the configuration is in force.
struct SharedLoanLists {
  private var offsets: [[ReminderOffset]: [ReminderOffset]] = [:]
  private var dates: [[LocalDate]: [LocalDate]] = [:]

  /// `loan`, its lists replaced by the equal lists of earlier loans where there are any.
  mutating func share(_ loan: Loan) -> Loan {
    var loan = loan
    loan.reminders.before = Self.shared(loan.reminders.before, in: &offsets)
    loan.reminders.overdue = Self.shared(loan.reminders.overdue, in: &offsets)
    if case .dates(let list) = loan.dueRule { loan.dueRule = .dates(Self.shared(list, in: &dates)) }
    return loan
  }

  /// The list equal to `list` kept first in `kept`, or `list` when it is the first.
  private static func shared<Element: Hashable>(_ list: [Element], in kept: inout [[Element]: [Element]])
    -> [Element]
  {
    if list.isEmpty { return list }
    if let earlier = kept[list] { return earlier }
    kept[list] = list
    return list
  }
}
