/// Who started a conversation a note records (`repayctl note --direction`). The raw value is the
/// word the command line, JSON and the database use.
public enum NoteDirection: String, Hashable, Sendable, CaseIterable {
  /// The person reached out to the platform.
  case out
  /// The platform reached out to the person.
  case `in`
}
