/// How the person was in touch with a platform, for the communication log (`repayctl note
/// --channel`). The raw value is the word the command line, JSON and the database use.
public enum ContactChannel: String, Hashable, Sendable, CaseIterable {
  /// A phone call.
  case phone
  /// An online chat with customer service.
  case chat
  /// An email.
  case email
  /// A visit in person.
  case visit
  /// A letter.
  case letter
}
