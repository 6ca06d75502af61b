extension Control {
  /// The parameters of an `AddNote` call, which writes an entry of the communication log.
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
    /// The platform's order or case number; absent when it does not apply.
    public var ref: String?
    /// The date to come back to it; absent when it does not apply.
    public var followUp: String?

    /// A value with these fields.
    public init(
      loan: String, text: String, channel: Control.NoteChannel? = nil, ref: String? = nil,
      followUp: String? = nil
    ) {
      self.loan = loan
      self.text = text
      self.channel = channel
      self.ref = ref
      self.followUp = followUp
    }

    private enum CodingKeys: String, CodingKey {
      case loan
      case text
      case channel
      case ref
      case followUp = "follow_up"
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
