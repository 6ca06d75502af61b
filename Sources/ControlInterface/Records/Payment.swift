extension Control {
  /// A recorded payment.
  public struct Payment: Codable, Hashable, Sendable {
    /// The id.
    public var id: Int64
    /// The loan's id.
    public var loan: String
    /// The occurrence's due date, `YYYY-MM-DD`.
    public var occurrence: String
    /// The amount, a decimal string in major units.
    public var amount: String
    /// The currency, ISO 4217 (`CNY`).
    public var currency: String
    /// The date it was paid.
    public var date: String
    /// The note; absent when it does not apply.
    public var note: String?
    /// When it was recorded.
    public var recordedAt: String
    /// When `repayctl unpay` withdrew it; absent while it counts.
    public var withdrawnAt: String?
    /// Why it was withdrawn; absent when no reason was given.
    public var withdrawnNote: String?
    /// The id of the payment whose excess this part carries to a later occurrence; absent for a
    /// payment as the person made it.
    public var partOf: Int64?

    /// A value with these fields.
    public init(
      id: Int64, loan: String, occurrence: String, amount: String, currency: String, date: String,
      note: String? = nil, recordedAt: String, withdrawnAt: String? = nil, withdrawnNote: String? = nil,
      partOf: Int64? = nil
    ) {
      self.id = id
      self.loan = loan
      self.occurrence = occurrence
      self.amount = amount
      self.currency = currency
      self.date = date
      self.note = note
      self.recordedAt = recordedAt
      self.withdrawnAt = withdrawnAt
      self.withdrawnNote = withdrawnNote
      self.partOf = partOf
    }

    private enum CodingKeys: String, CodingKey {
      case id
      case loan
      case occurrence
      case amount
      case currency
      case date
      case note
      case recordedAt = "recorded_at"
      case withdrawnAt = "withdrawn_at"
      case withdrawnNote = "withdrawn_note"
      case partOf = "part_of"
    }
  }
}
