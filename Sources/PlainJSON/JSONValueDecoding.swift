/// The `Decoder` for one value at one coding path; also its own single-value container.
struct JSONValueDecoding: Decoder {
  /// The value being decoded.
  let value: JSONValue
  /// The keys from the top-level value to this one.
  let codingPath: [any CodingKey]
  /// Always empty: there are no options to pass on.
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  /// The container of an object's members. Throws `valueNotFound` for null and `typeMismatch` for
  /// anything else but an object, as JSONDecoder does.
  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = value.content else {
      throw mismatch([String: Any].self, container: "keyed decoding container")
    }
    return KeyedDecodingContainer(KeyedJSONContainer(members: members, codingPath: codingPath))
  }

  /// The container of an array's elements. Throws `valueNotFound` for null and `typeMismatch` for
  /// anything else but an array, as JSONDecoder does.
  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = value.content else {
      throw mismatch([Any].self, container: "unkeyed decoding container")
    }
    return UnkeyedJSONContainer(elements: elements, codingPath: codingPath)
  }

  /// This decoder: a single value needs no container of its own.
  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    self
  }

  /// The error for a value that is not the `container` asked for.
  private func mismatch(_ type: Any.Type, container: String) -> DecodingError {
    if case .null = value.content {
      return DecodingError.valueNotFound(
        type,
        DecodingError.Context(
          codingPath: codingPath, debugDescription: "Cannot get \(container) -- found null value instead"))
    }
    return typeMismatch(type)
  }

  /// The error for a value that is not a `type`.
  func typeMismatch(_ type: Any.Type) -> DecodingError {
    DecodingError.typeMismatch(
      type,
      DecodingError.Context(
        codingPath: codingPath,
        debugDescription: "Expected to decode \(type) but found \(foundDescription) instead."))
  }

  /// What the value is, as JSONDecoder's messages say it.
  private var foundDescription: String {
    switch value.content {
    case .null: "null"
    case .bool: "bool"
    case .number: "number"
    case .string: "a string"
    case .array: "an array"
    case .object: "a dictionary"
    }
  }
}
