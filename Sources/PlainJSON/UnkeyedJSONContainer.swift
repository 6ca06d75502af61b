/// The elements of one array, read in order.
struct UnkeyedJSONContainer: UnkeyedDecodingContainer {
  /// The keys from the top-level value to the array.
  let codingPath: [any CodingKey]
  private let elements: [JSONValue]
  /// The index of the next element to decode.
  private(set) var currentIndex = 0

  /// The container of `elements`, an array at `codingPath`.
  init(elements: [JSONValue], codingPath: [any CodingKey]) {
    self.elements = elements
    self.codingPath = codingPath
  }

  /// The number of elements.
  var count: Int? { elements.count }

  /// Whether every element has been decoded.
  var isAtEnd: Bool { currentIndex >= elements.count }

  /// Whether the next element is null, moving past it only if it is; throws `valueNotFound` at
  /// the end.
  mutating func decodeNil() throws -> Bool {
    guard try nextDecoder(for: Any?.self).decodeNil() else { return false }
    currentIndex += 1
    return true
  }

  /// The next element as a `T`. Also the witness of every scalar overload, as in the
  /// single-value container.
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let decoded = try nextDecoder(for: type).decode(type)
    currentIndex += 1
    return decoded
  }

  /// The next element's keyed container.
  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let container = try nextDecoder(for: KeyedDecodingContainer<NestedKey>.self).container(keyedBy: type)
    currentIndex += 1
    return container
  }

  /// The next element's unkeyed container.
  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let container = try nextDecoder(for: (any UnkeyedDecodingContainer).self).unkeyedContainer()
    currentIndex += 1
    return container
  }

  /// A decoder for the next element.
  mutating func superDecoder() throws -> any Decoder {
    let decoder = try nextDecoder(for: (any Decoder).self)
    currentIndex += 1
    return decoder
  }

  /// The decoder of the next element, whose key is its index; `type` is what the caller wants
  /// from it, for the error at the end.
  private func nextDecoder(for type: Any.Type) throws(DecodingError) -> JSONValueDecoding {
    let key = JSONCodingKey(intValue: currentIndex)
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type,
        DecodingError.Context(
          codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
    }
    return JSONValueDecoding(value: elements[currentIndex], codingPath: codingPath + [key])
  }
}
