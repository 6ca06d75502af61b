/// A loan the planner pays down: one with a balance in the plan's currency.
public struct PlannedLoan: Hashable, Sendable {
  /// The loan's id.
  public var id: String
  /// What it owes at the start of the plan, in minor units (above 0).
  public var balance: Int64
  /// Its annual interest rate (0 when the configuration gives none).
  public var apr: Rate
  /// The payment it asks for each month, in minor units (the loan's `min_payment`, else its
  /// `amount`).
  public var minimumPayment: Int64
  /// What paying it late costs: its daily rate orders a short budget and prices what is left
  /// unpaid.
  public var penalty: Penalty

  /// A loan with these terms.
  public init(id: String, balance: Int64, apr: Rate, minimumPayment: Int64, penalty: Penalty) {
    self.id = id
    self.balance = balance
    self.apr = apr
    self.minimumPayment = minimumPayment
    self.penalty = penalty
  }
}
