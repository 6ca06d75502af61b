extension Control {
  /// An arrangement made with the platform (measure 4 of the playbook): an extension, instalments
  /// or a waived penalty, with the occurrences it replaces and those it asks for instead.
  public struct Agreement: Codable, Hashable, Sendable {
    /// The id.
    public var id: Int64
    /// The loan's id.
    public var loan: String
    /// What kind of arrangement it is.
    public var kind: Control.Agreement.Kind
    /// Where it stands.
    public var state: Control.Agreement.State
    /// When it was recorded, RFC 3339 UTC.
    public var createdAt: String
    /// When it was cancelled; absent while it is not.
    public var cancelledAt: String?
    /// What was agreed, in the person's words.
    public var note: String
    /// The platform's reference for it; absent when none was given.
    public var ref: String?
    /// The person who agreed it on the platform's side; absent when not said.
    public var counterpart: String?
    /// What it asks for in all, a decimal string in major units.
    public var total: String
    /// The currency, ISO 4217 (`CNY`).
    public var currency: String
    /// The effective due dates of the occurrences it replaces (for a waiver: whose penalty it
    /// forgives), `YYYY-MM-DD`, oldest first.
    public var supersedes: [String]
    /// The occurrences it asks for, by date; empty for a waiver.
    public var occurrences: [Control.AgreedOccurrence]

    /// A value with these fields.
    public init(
      id: Int64, loan: String, kind: Control.Agreement.Kind, state: Control.Agreement.State,
      createdAt: String,
      cancelledAt: String? = nil, note: String, ref: String? = nil, counterpart: String? = nil, total: String,
      currency: String, supersedes: [String], occurrences: [Control.AgreedOccurrence]
    ) {
      self.id = id
      self.loan = loan
      self.kind = kind
      self.state = state
      self.createdAt = createdAt
      self.cancelledAt = cancelledAt
      self.note = note
      self.ref = ref
      self.counterpart = counterpart
      self.total = total
      self.currency = currency
      self.supersedes = supersedes
      self.occurrences = occurrences
    }

    private enum CodingKeys: String, CodingKey {
      case id
      case loan
      case kind
      case state
      case createdAt = "created_at"
      case cancelledAt = "cancelled_at"
      case note
      case ref
      case counterpart
      case total
      case currency
      case supersedes
      case occurrences
    }

    /// What an agreement changes.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
      /// One later occurrence for the total.
      case `extension`
      /// Several occurrences, a number of months apart, that add up to the total.
      case installments
      /// The occurrences keep their dates; their penalty is forgiven and stops accruing.
      case waiver
    }

    /// Where an agreement stands.
    public enum State: String, Codable, Hashable, Sendable, CaseIterable {
      /// In force, nothing of it overdue.
      case active
      /// Every occurrence it asks for is settled.
      case kept
      /// One of its occurrences is overdue.
      case broken
      /// Ended by `CancelAgreement`; what it superseded is due again.
      case cancelled
    }
  }
}
