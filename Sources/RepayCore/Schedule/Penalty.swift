/// What a lender charges for paying late: a share of the overdue amount per day, and a fixed
/// fee.
public struct Penalty: Hashable, Sendable {
  /// The share of the overdue amount charged per day (0.0005 is 0.05 % a day).
  public var dailyRate: Rate
  /// A fixed late fee, in the loan's currency.
  public var fee: Money

  /// A penalty with this rate and fee.
  public init(dailyRate: Rate, fee: Money) {
    self.dailyRate = dailyRate
    self.fee = fee
  }
}
