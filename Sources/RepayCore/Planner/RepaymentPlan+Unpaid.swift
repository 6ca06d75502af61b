extension RepaymentPlan {
  /// What a short first month leaves unpaid on one loan, and what that costs a day.
  public struct Unpaid: Hashable, Sendable {
    /// The loan's id.
    public let loan: String
    /// The amount left unpaid: of a planned loan's minimum, or of a fixed obligation's
    /// occurrences due so far.
    public let unpaid: Int64
    /// The loan's daily penalty on that amount (`Penalty.perDay`).
    public let penaltyPerDay: Int64

    /// An unpaid amount with its daily cost.
    public init(loan: String, unpaid: Int64, penaltyPerDay: Int64) {
      self.loan = loan
      self.unpaid = unpaid
      self.penaltyPerDay = penaltyPerDay
    }
  }
}
