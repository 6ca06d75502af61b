/// One JSON value as it was read, with the byte range of its text in the input.
public struct JSONValue: Sendable, Equatable {
  /// What a JSON value holds.
  public enum Content: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its text: converting it is the reader's choice (an integer type, a Double).
    case number(String)
    /// A string with its escapes decoded.
    case string(String)
    /// An array's elements in order.
    case array([JSONValue])
    /// An object's members in the order written, duplicate names included.
    case object([JSONMember])
  }

  /// What the value holds.
  public var content: Content
  /// The bytes of the value's text in the input, from its first byte to just after its last, so
  /// that its text can be shown exactly as it came.
  public var span: Range<Int>

  /// A value holding `content`, whose text is at `span` in its input.
  public init(_ content: Content, span: Range<Int>) {
    self.content = content
    self.span = span
  }
}
