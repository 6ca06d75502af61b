extension Control {
  /// The parameters of an `AddNote` call, which writes an entry of the communication log. A
  /// follow-up, and a promise's date, fire once as a reminder; each attachment is an absolute
  /// path that the daemon reads and copies.
  public struct AddNoteRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.AddNote"
    /// The reply.
    public typealias Reply = Control.AddNoteReply

    /// The loan's id.
    public var loan: String
    /// The text.
    public var text: String
    /// How the person was in touch; absent when it does not apply.
    public var channel: Control.NoteChannel?
    /// Who started the conversation; absent when not said.
    public var direction: Control.NoteDirection?
    /// The person spoken to; absent when not said.
    public var counterpart: String?
    /// The platform's order or case number; absent when it does not apply.
    public var ref: String?
    /// A promise's amount, in the loan's currency: all three promise fields, or none.
    public var promiseAmount: String?
    /// A promise's date, `YYYY-MM-DD`.
    public var promiseDate: String?
    /// Who promised.
    public var promiseBy: Control.Promise.Party?
    /// The date to come back to it, `YYYY-MM-DD` or a local `YYYY-MM-DDTHH:MM`; absent when it
    /// does not apply.
    public var followUp: String?
    /// Absolute paths of files to keep with it; absent when there are none.
    public var attachments: [String]?
    /// The id of the note it corrects; absent when it corrects none.
    public var corrects: Int64?

    /// A value with these fields.
    public init(
      loan: String, text: String, channel: Control.NoteChannel? = nil,
      direction: Control.NoteDirection? = nil,
      counterpart: String? = nil, ref: String? = nil, promiseAmount: String? = nil,
      promiseDate: String? = nil,
      promiseBy: Control.Promise.Party? = nil, followUp: String? = nil, attachments: [String]? = nil,
      corrects: Int64? = nil
    ) {
      self.loan = loan
      self.text = text
      self.channel = channel
      self.direction = direction
      self.counterpart = counterpart
      self.ref = ref
      self.promiseAmount = promiseAmount
      self.promiseDate = promiseDate
      self.promiseBy = promiseBy
      self.followUp = followUp
      self.attachments = attachments
      self.corrects = corrects
    }

    private enum CodingKeys: String, CodingKey {
      case loan
      case text
      case channel
      case direction
      case counterpart
      case ref
      case promiseAmount = "promise_amount"
      case promiseDate = "promise_date"
      case promiseBy = "promise_by"
      case followUp = "follow_up"
      case attachments
      case corrects
    }
  }

  /// The reply of `AddNote`.
  public struct AddNoteReply: Codable, Hashable, Sendable {
    /// The note.
    public var note: Control.Note

    /// A value with these fields.
    public init(note: Control.Note) {
      self.note = note
    }
  }
}
