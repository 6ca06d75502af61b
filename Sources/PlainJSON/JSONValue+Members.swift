extension JSONValue {
  /// The value of the object's last member named `name`, as most readers take the last of
  /// duplicates; nil when there is none or the value is not an object.
  public func member(_ name: String) -> JSONValue? {
    guard case .object(let members) = content else { return nil }
    return members.last { $0.name == name }?.value
  }

  /// The same as `member(_:)`.
  public subscript(key name: String) -> JSONValue? {
    member(name)
  }
}
