extension Control {
  /// How a person was in touch with the platform, as a note records it.
  public enum NoteChannel: String, Codable, Hashable, Sendable, CaseIterable {
    /// A phone call.
    case phone
    /// An online chat.
    case chat
    /// An e-mail.
    case email
    /// A visit in person.
    case visit
    /// A letter.
    case letter
  }
}
