/// The parameters of an error as it is read, by name; an error reply may leave out the object
/// when the error has none.
public struct VarlinkErrorParameters {
  private let container: KeyedDecodingContainer<VarlinkParameterKey>?

  init(_ container: KeyedDecodingContainer<VarlinkParameterKey>?) {
    self.container = container
  }

  /// The parameter `name`; throws when it is absent or of another type.
  public func decode<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
    guard let container else {
      throw DecodingError.keyNotFound(
        VarlinkParameterKey(name), .init(codingPath: [], debugDescription: "the error has no parameters"))
    }
    return try container.decode(type, forKey: VarlinkParameterKey(name))
  }

  /// The parameter `name`, or nil when it is absent or null; throws when it is of another type.
  public func decodeIfPresent<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
    try container?.decodeIfPresent(type, forKey: VarlinkParameterKey(name))
  }

  /// Writes the parameters of an error, by name; optional ones that are nil are left out.
  public struct Writer {
    var container: KeyedEncodingContainer<VarlinkParameterKey>

    /// Writes the parameter `name`; nothing when `value` is nil.
    public mutating func encode<Value: Encodable>(_ value: Value?, _ name: String) throws {
      try container.encodeIfPresent(value, forKey: VarlinkParameterKey(name))
    }
  }
}
