/// The name of a journal field, checked against journald's rules when it is made, so that an
/// entry is never sent with a field journald would silently drop.
///
/// A valid name is 1 to 64 characters of `A`-`Z`, `0`-`9` and `_`, and starts with neither a
/// digit nor `_` (names starting with `_` are the trusted fields journald adds itself).
public struct JournalFieldName: Hashable, Sendable, CustomStringConvertible {
  /// The longest name journald keeps.
  public static let maximumLength = 64

  /// `MESSAGE`: the human-readable text of the entry.
  public static let message = JournalFieldName(checked: "MESSAGE")
  /// `PRIORITY`: the syslog level, `0` (emerg) to `7` (debug).
  public static let priority = JournalFieldName(checked: "PRIORITY")
  /// `MESSAGE_ID`: the 128-bit id, 32 lower-case hex digits, of the kind of event.
  public static let messageID = JournalFieldName(checked: "MESSAGE_ID")
  /// `SYSLOG_IDENTIFIER`: the program name that `journalctl -t` selects on.
  public static let syslogIdentifier = JournalFieldName(checked: "SYSLOG_IDENTIFIER")

  /// The name as journald stores it.
  public let text: String

  /// The name `text`, or the first rule it breaks.
  public init(_ text: String) throws(JournalFieldNameError) {
    if let problem = Self.problem(in: text) { throw JournalFieldNameError(name: text, problem: problem) }
    self.text = text
  }

  private init(checked text: String) { self.text = text }

  /// The name itself.
  public var description: String { text }

  private static func problem(in text: String) -> JournalFieldNameError.Problem? {
    guard let first = text.unicodeScalars.first else { return .empty }
    if first == "_" { return .startsWithUnderscore }
    if ("0"..."9").contains(first) { return .startsWithDigit }
    for scalar in text.unicodeScalars
    where !(("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_") {
      return .invalidCharacter(Character(scalar))
    }
    // Counted after the character check: every character left is one ASCII byte.
    if text.utf8.count > maximumLength { return .tooLong }
    return nil
  }
}
