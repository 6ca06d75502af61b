/// An arrangement made with a loan's platform (measure 4 of the playbook), as recorded: which
/// occurrences it replaces and which it asks for instead. What it means for the loan's
/// occurrences is `AgreedTerms`'s; where it stands (kept, broken) is read from the loan's
/// standing.
public struct LoanAgreement: Hashable, Sendable {
  /// What an agreement changes.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// One later occurrence for the total.
    case `extension`
    /// Several occurrences, some months apart, that add up to the total.
    case installments
    /// The occurrences keep their dates; their penalty is forgiven and stops accruing.
    case waiver
  }

  /// The id the store gave it.
  public var id: Int64
  /// The loan's id.
  public var loan: String
  /// What kind of arrangement it is.
  public var kind: Kind
  /// When it was recorded, microseconds since 1970 UTC.
  public var createdAt: Int64
  /// What was agreed, in the person's words.
  public var note: String
  /// The platform's reference for it.
  public var reference: String?
  /// The person who agreed it on the platform's side.
  public var counterpart: String?
  /// What it asks for in all, in the loan's currency.
  public var total: Money
  /// The effective due dates of the occurrences it replaces (a waiver: whose penalty it
  /// forgives), oldest first.
  public var supersedes: [LocalDate]
  /// The occurrences it asks for, by date (none for a waiver).
  public var occurrences: [AgreedInstalment]
  /// When it was cancelled, microseconds since 1970 UTC; nil while it is in force.
  public var cancelledAt: Int64?
  /// Why it was cancelled; nil while it is in force.
  public var cancelNote: String?

  /// An agreement with these parts.
  public init(
    id: Int64, loan: String, kind: Kind, createdAt: Int64, note: String, reference: String? = nil,
    counterpart: String? = nil, total: Money, supersedes: [LocalDate], occurrences: [AgreedInstalment],
    cancelledAt: Int64? = nil, cancelNote: String? = nil
  ) {
    self.id = id
    self.loan = loan
    self.kind = kind
    self.createdAt = createdAt
    self.note = note
    self.reference = reference
    self.counterpart = counterpart
    self.total = total
    self.supersedes = supersedes
    self.occurrences = occurrences
    self.cancelledAt = cancelledAt
    self.cancelNote = cancelNote
  }

  /// Whether it is in force: not cancelled.
  public var isInForce: Bool { cancelledAt == nil }
}
