extension Control {
  /// The parameters of a `ListNotes` call, which answers with the communication log, of one loan or of all, oldest first.
  public struct ListNotesRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.ListNotes"
    /// The reply.
    public typealias Reply = Control.ListNotesReply

    /// The loan's id; absent when it does not apply.
    public var loan: String?
    /// True for only the notes whose follow-up or promise is still ahead.
    public var pending: Bool?

    /// A value with these fields.
    public init(loan: String? = nil, pending: Bool? = nil) {
      self.loan = loan
      self.pending = pending
    }
  }

  /// The reply of `ListNotes`.
  public struct ListNotesReply: Codable, Hashable, Sendable {
    /// The notes, oldest first.
    public var notes: [Control.Note]

    /// A value with these fields.
    public init(notes: [Control.Note]) {
      self.notes = notes
    }
  }
}
