extension Control {
  /// Who started a conversation a note records.
  public enum NoteDirection: String, Codable, Hashable, Sendable, CaseIterable {
    /// The person reached out to the platform.
    case out
    /// The platform reached out to the person.
    case `in`
  }
}
