extension Control {
  /// An entry of the communication log (measures 1, 4 and 5 of the overdue playbook). Notes are
  /// never edited or deleted: a correction is a new note that names the one it corrects.
  public struct Note: Codable, Hashable, Sendable {
    /// The id.
    public var id: Int64
    /// The loan's id.
    public var loan: String
    /// The instant, RFC 3339 UTC.
    public var at: String
    /// The text.
    public var text: String
    /// How the person was in touch; absent when it does not apply.
    public var channel: Control.NoteChannel?
    /// Who started the conversation; absent when not said.
    public var direction: Control.NoteDirection?
    /// The person spoken to; absent when not said.
    public var counterpart: String?
    /// The platform's order or case number.
    public var ref: String?
    /// What was promised; absent when nothing was.
    public var promise: Control.Promise?
    /// The date to come back to it, `YYYY-MM-DD`, or a local date and time `YYYY-MM-DDTHH:MM`.
    public var followUp: String?
    /// The files kept with it; absent when there are none.
    public var attachments: [Control.Attachment]?
    /// The id of the note it corrects; absent when it corrects none.
    public var corrects: Int64?

    /// A value with these fields.
    public init(
      id: Int64, loan: String, at: String, text: String, channel: Control.NoteChannel? = nil,
      direction: Control.NoteDirection? = nil, counterpart: String? = nil, ref: String? = nil,
      promise: Control.Promise? = nil, followUp: String? = nil, attachments: [Control.Attachment]? = nil,
      corrects: Int64? = nil
    ) {
      self.id = id
      self.loan = loan
      self.at = at
      self.text = text
      self.channel = channel
      self.direction = direction
      self.counterpart = counterpart
      self.ref = ref
      self.promise = promise
      self.followUp = followUp
      self.attachments = attachments
      self.corrects = corrects
    }

    private enum CodingKeys: String, CodingKey {
      case id
      case loan
      case at
      case text
      case channel
      case direction
      case counterpart
      case ref
      case promise
      case followUp = "follow_up"
      case attachments
      case corrects
    }
  }
}
