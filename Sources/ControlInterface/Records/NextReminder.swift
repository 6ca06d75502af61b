import RepayCore

extension Control {
  /// The next notice the daemon will deliver.
  public struct NextReminder: Codable, Hashable, Sendable {
    /// The instant, RFC 3339 UTC.
    public var at: String
    /// The stage.
    public var stage: Stage
    /// For a loan's stage.
    public var loan: String?
    /// The occurrence's due date, `YYYY-MM-DD`; absent when it does not apply.
    public var occurrence: String?
    /// For a free-standing reminder: its id.
    public var reminder: String?

    /// A value with these fields.
    public init(
      at: String, stage: Stage, loan: String? = nil, occurrence: String? = nil, reminder: String? = nil
    ) {
      self.at = at
      self.stage = stage
      self.loan = loan
      self.occurrence = occurrence
      self.reminder = reminder
    }
  }
}
