extension Control {
  /// The unsettled occurrences due in the next days, and what is still unpaid on them per
  /// currency: "3 due in the next 7 days: ¥4,320.00".
  public struct DueSoon: Codable, Hashable, Sendable {
    /// The window, in days from today.
    public var days: Int
    /// How many occurrences.
    public var count: Int
    /// What is still unpaid on them, per currency, in the order the currencies first appear.
    public var total: [Control.Amount]

    /// A value with these fields.
    public init(days: Int, count: Int, total: [Control.Amount]) {
      self.days = days
      self.count = count
      self.total = total
    }
  }
}
