/// One member of a JSON object: a name and its value.
public struct JSONMember: Sendable, Equatable {
  /// The name with its escapes decoded.
  public var name: String
  /// The bytes of the name's text in the input, its quotes included.
  public var nameSpan: Range<Int>
  /// The member's value.
  public var value: JSONValue

  /// A member named `name` (written at `nameSpan`) with `value`.
  public init(name: String, nameSpan: Range<Int>, value: JSONValue) {
    self.name = name
    self.nameSpan = nameSpan
    self.value = value
  }
}
