/// One loan or credit line of the configuration: what is owed per instalment, when, and how the
/// person wants to be reminded.
public struct Loan: Sendable {
  /// The id `repayctl` uses (`[a-z0-9-]`), unique among loans.
  public var id: String
  /// The name shown to the person.
  public var name: String
  /// The lender or app.
  public var platform: String
  /// How to reach the lender.
  public var contact: LoanContact
  /// The amount due per instalment.
  public var amount: Money
  /// When instalments fall due.
  public var dueRule: DueRule
  /// The first nominal due date: given for `monthlyDay` and `calendar` rules, the first listed
  /// date (or the one `first_due` names) for `dates`.
  public var firstDue: LocalDate
  /// How many instalments there are.
  public var term: LoanTerm
  /// Occurrences whose nominal date is on or before this date count as paid.
  public var paidThrough: LocalDate?
  /// What happens to a due date that is not a business day.
  public var businessDay: BusinessDayRule
  /// Days the lender allows after the due date before the overdue ladder starts.
  public var graceDays: Int
  /// What paying late costs.
  public var penalty: Penalty
  /// The total still owed, for the planner.
  public var balance: Money?
  /// The date `balance` was true: the payments recorded from then on reduce it. Nil when the
  /// configuration does not say, and then no recorded payment reduces it.
  public var balanceDate: LocalDate?
  /// The annual interest rate, for the planner.
  public var apr: Rate?
  /// The smallest payment the lender accepts, for the planner.
  public var minPayment: Money?
  /// When this loan's stages fire.
  public var reminders: ReminderPolicy

  /// A loan with every field given.
  public init(
    id: String, name: String, platform: String, contact: LoanContact, amount: Money, dueRule: DueRule,
    firstDue: LocalDate, term: LoanTerm, paidThrough: LocalDate?, businessDay: BusinessDayRule,
    graceDays: Int, penalty: Penalty, balance: Money?, balanceDate: LocalDate? = nil, apr: Rate?,
    minPayment: Money?,
    reminders: ReminderPolicy
  ) {
    self.id = id
    self.name = name
    self.platform = platform
    self.contact = contact
    self.amount = amount
    self.dueRule = dueRule
    self.firstDue = firstDue
    self.term = term
    self.paidThrough = paidThrough
    self.businessDay = businessDay
    self.graceDays = graceDays
    self.penalty = penalty
    self.balance = balance
    self.balanceDate = balanceDate
    self.apr = apr
    self.minPayment = minPayment
    self.reminders = reminders
  }
}
