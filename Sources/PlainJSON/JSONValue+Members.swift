extension JSONValue {
  /// The value of the object's first member named `name`, as Foundation's `JSONDecoder` takes
  /// the first of duplicates (so that repayctl's two ways of reading a reply agree); nil when
  /// there is none or the value is not an object.
  public func member(_ name: String) -> JSONValue? {
    guard case .object(let members) = content else { return nil }
    return members.first { $0.name == name }?.value
  }
}
