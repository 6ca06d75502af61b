import RepayCore

/// An entry of a loan's communication log (`repayctl note`): what was said, through which
/// channel, who started it and with whom, under which order number, what was promised, when to
/// follow up, the files kept with it, and the note it corrects. Measures 1, 4 and 5 of the
/// playbook rely on it. Notes are append-only: the store has no way to change or delete one.
public struct Note: Hashable, Sendable {
  /// The id the store gave it.
  public var id: Int64
  /// The loan's id.
  public var loan: String
  /// When it was written, microseconds since 1970 UTC.
  public var at: Int64
  /// How the person was in touch, if said.
  public var channel: ContactChannel?
  /// Who started the conversation, if said.
  public var direction: NoteDirection?
  /// The person spoken to, if said.
  public var counterpart: String?
  /// The platform's reference (an order or ticket number), if any.
  public var reference: String?
  /// What was promised, if anything.
  public var promise: NotePromise?
  /// The date to follow up on, if any.
  public var followUp: LocalDate?
  /// The local time of day to follow up at, if one was given; only with `followUp`.
  public var followUpTime: TimeOfDay?
  /// The files kept with it, in the order given.
  public var attachments: [KeptAttachment]
  /// The id of the note it corrects, if any.
  public var corrects: Int64?
  /// The text.
  public var text: String

  /// A note as stored.
  public init(
    id: Int64, loan: String, at: Int64, channel: ContactChannel?, direction: NoteDirection? = nil,
    counterpart: String? = nil, reference: String?, promise: NotePromise? = nil, followUp: LocalDate?,
    followUpTime: TimeOfDay? = nil, attachments: [KeptAttachment] = [], corrects: Int64? = nil, text: String
  ) {
    self.id = id
    self.loan = loan
    self.at = at
    self.channel = channel
    self.direction = direction
    self.counterpart = counterpart
    self.reference = reference
    self.promise = promise
    self.followUp = followUp
    self.followUpTime = followUpTime
    self.attachments = attachments
    self.corrects = corrects
    self.text = text
  }
}
