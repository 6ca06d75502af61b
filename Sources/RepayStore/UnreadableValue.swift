/// A stored value that does not decode to its type, thrown inside a database access and made
/// a `StoreError` (`.unreadableValue`) with the file's path by `StateStore`.
struct UnreadableValue: Error {
  /// The table.
  var table: String
  /// The column.
  var column: String
  /// The value as text.
  var value: String
}
