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
    /// When a payment was withdrawn by `repayctl unpay`; absent when it does not apply.
    public var withdrawnAt: String?
    /// Why a payment was withdrawn; absent when it does not apply.
    public var withdrawnNote: String?
    /// A note's channel; absent when it does not apply.
    public var channel: Control.NoteChannel?
    /// A note's direction; absent when it does not apply.
    public var direction: Control.NoteDirection?
    /// A note's counterpart; absent when it does not apply.
    public var counterpart: String?
    /// A note's reference; absent when it does not apply.
    public var ref: String?
    /// A note's promise; absent when it does not apply.
    public var promise: Control.Promise?
    /// A note's follow-up; absent when it does not apply.
    public var followUp: String?
    /// A note's attachments; absent when it does not apply.
    public var attachments: [Control.Attachment]?
    /// The note a note corrects; absent when it does not apply.
    public var corrects: Int64?
    /// A snooze's end; absent when it does not apply.
    public var until: String?
    /// An agreement's state; absent when it does not apply.
    public var state: Control.Agreement.State?
    /// When an agreement was cancelled; absent when it does not apply.
    public var cancelledAt: String?

    /// A value with these fields.
    public init(
      kind: Control.HistoryEntry.Kind, id: Int64, loan: String, occurrence: String? = nil, at: String,
      amount: String? = nil, currency: String? = nil, note: String? = nil, stage: Stage? = nil,
      withdrawnAt: String? = nil, withdrawnNote: String? = nil, channel: Control.NoteChannel? = nil,
      direction: Control.NoteDirection? = nil, counterpart: String? = nil, ref: String? = nil,
      promise: Control.Promise? = nil, followUp: String? = nil, attachments: [Control.Attachment]? = nil,
      corrects: Int64? = nil, until: String? = nil, state: Control.Agreement.State? = nil,
      cancelledAt: String? = nil
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
      self.withdrawnAt = withdrawnAt
      self.withdrawnNote = withdrawnNote
      self.channel = channel
      self.direction = direction
      self.counterpart = counterpart
      self.ref = ref
      self.promise = promise
      self.followUp = followUp
      self.attachments = attachments
      self.corrects = corrects
      self.until = until
      self.state = state
      self.cancelledAt = cancelledAt
    }

    private enum CodingKeys: String, CodingKey {
      case kind
      case id
      case loan
      case occurrence
      case at
      case amount
      case currency
      case note
      case stage
      case withdrawnAt = "withdrawn_at"
      case withdrawnNote = "withdrawn_note"
      case channel
      case direction
      case counterpart
      case ref
      case promise
      case followUp = "follow_up"
      case attachments
      case corrects
      case until
      case state
      case cancelledAt = "cancelled_at"
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
