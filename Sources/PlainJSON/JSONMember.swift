/// One member of a JSON object: a name and its value.
public struct JSONMember: Sendable, Equatable {
  /// The name with its escapes decoded.
  public var name: String
  /// The member's value.
  public var value: JSONValue

  /// A member named `name` with `value`.
  public init(name: String, value: JSONValue) {
    self.name = name
    self.value = value
  }
}
