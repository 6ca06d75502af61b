import RepayCore

extension Control {
  /// One line of the history, newest last.
  public struct HistoryEntry: Codable, Hashable, Sendable {
    /// What happened.
    public var kind: Control.HistoryEntry.Kind
    /// The id.
    public var id: Int64
    /// The loan's id.
    public var loan: String
    /// The occurrence's due date, `YYYY-MM-DD`; absent when it does not apply.
    public var occurrence: String?
    /// The instant, RFC 3339 UTC.
    public var at: String
    /// The amount, a decimal string in major units; absent when it does not apply.
    public var amount: String?
    /// The currency, ISO 4217 (`CNY`); absent when it does not apply.
    public var currency: String?
    /// The note; absent when it does not apply.
    public var note: String?
    /// The stage; absent when it does not apply.
    public var stage: Stage?

    /// A value with these fields.
    public init(
      kind: Control.HistoryEntry.Kind, id: Int64, loan: String, occurrence: String? = nil, at: String,
      amount: String? = nil, currency: String? = nil, note: String? = nil, stage: Stage? = nil
    ) {
      self.kind = kind
      self.id = id
      self.loan = loan
      self.occurrence = occurrence
      self.at = at
      self.amount = amount
      self.currency = currency
      self.note = note
      self.stage = stage
    }
  }
}

extension Control.HistoryEntry {
  /// What a line of the history records.
  public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A payment.
    case payment
    /// A note of the communication log.
    case note
    /// A delivered notice.
    case delivery
    /// A snooze.
    case snooze
    /// An agreement with the platform (an extension, instalments).
    case agreement
  }
}
