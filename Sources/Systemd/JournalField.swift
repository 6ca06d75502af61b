/// One `NAME=value` field of a journal entry.
///
/// The value is any text: newlines and any UTF-8 are kept exactly, since `sd_journal_sendv`
/// sends each field with its length rather than as a line.
public struct JournalField: Hashable, Sendable {
  /// The field's name.
  public var name: JournalFieldName
  /// The field's value.
  public var value: String

  /// The field `name=value`.
  public init(_ name: JournalFieldName, _ value: String) {
    self.name = name
    self.value = value
  }

  /// The field `name=value` with `name` checked first.
  public init(_ name: String, _ value: String) throws(JournalFieldNameError) {
    self.init(try JournalFieldName(name), value)
  }

  /// `PRIORITY=N` for `priority`.
  public static func priority(_ priority: JournalPriority) -> JournalField {
    JournalField(.priority, String(priority.rawValue))
  }
}
