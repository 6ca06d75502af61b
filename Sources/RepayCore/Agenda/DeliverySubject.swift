/// What a delivery is about. The store keeps the kinds apart, so that a loan and a free-standing
/// reminder that share an id never show each other's deliveries, and a note's follow-up and its
/// promise, which the journal names alike (`note-ID`), are each delivered.
public enum DeliverySubject: Hashable, Sendable, Comparable {
  /// An occurrence of the loan with this id (its stages, a settled notice, a catch-up summary).
  case loan(String)
  /// The free-standing `[[reminder]]` with this id.
  case reminder(String)
  /// The follow-up of the note with this id.
  case followUp(note: Int64)
  /// The promise recorded in the note with this id.
  case promise(note: Int64)

  /// How the state file names the kind of subject.
  public enum Kind: String, Sendable {
    /// A loan's occurrence.
    case loan
    /// A free-standing reminder.
    case reminder
    /// A note's follow-up.
    case followUp = "follow-up"
    /// A note's promise.
    case promise
  }

  /// The subject's kind.
  public var kind: Kind {
    switch self {
    case .loan: .loan
    case .reminder: .reminder
    case .followUp: .followUp
    case .promise: .promise
    }
  }

  /// The id the journal names it by: the loan's (`REPAY_LOAN`), the reminder's, or `note-ID` for
  /// a note's follow-up or promise (`REPAY_REMINDER`).
  public var id: String {
    switch self {
    case .loan(let id), .reminder(let id): id
    case .followUp(let note), .promise(let note): "note-\(note)"
    }
  }

  /// The subject of `kind` whose id (as the state file holds it: the note's number for a note)
  /// is `id`; nil when a note's id is not a number.
  public init?(kind: Kind, id: String) {
    switch kind {
    case .loan: self = .loan(id)
    case .reminder: self = .reminder(id)
    case .followUp:
      guard let note = Int64(id) else { return nil }
      self = .followUp(note: note)
    case .promise:
      guard let note = Int64(id) else { return nil }
      self = .promise(note: note)
    }
  }

  /// The id as the state file holds it: the loan's or the reminder's, or the note's number.
  public var storedID: String {
    switch self {
    case .loan(let id), .reminder(let id): id
    case .followUp(let note), .promise(let note): String(note)
    }
  }

  /// The loan's id, for a loan's occurrence; nil for the rest.
  public var loan: String? {
    if case .loan(let id) = self { id } else { nil }
  }
}
