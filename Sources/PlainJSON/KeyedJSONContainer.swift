/// The members of one object, read by key.
struct KeyedJSONContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  /// The keys from the top-level value to the object.
  let codingPath: [any CodingKey]
  /// The object's members in the order written; a name's value is the first of duplicates, as
  /// JSONDecoder keeps (where `JSONValue.member(_:)` takes the last). Searched in order rather
  /// than hashed: objects are small, and a dictionary per container costs a short-lived program
  /// more than the searches.
  private let members: [JSONMember]

  /// The container of `members`, an object at `codingPath`.
  init(members: [JSONMember], codingPath: [any CodingKey]) {
    self.codingPath = codingPath
    self.members = members
  }

  /// The names `Key` knows, in the order first written, each once.
  var allKeys: [Key] {
    members.indices.compactMap { index in
      let name = members[index].name
      let isFirst = !members[..<index].contains { $0.name == name }
      return isFirst ? Key(stringValue: name) : nil
    }
  }

  /// The value of the first member named `name`.
  private func value(named name: String) -> JSONValue? {
    members.first { $0.name == name }?.value
  }

  /// Whether the object has a member named `key`, null or not.
  func contains(_ key: Key) -> Bool {
    value(named: key.stringValue) != nil
  }

  /// Whether the member `key` is null; throws `keyNotFound` when there is none.
  func decodeNil(forKey key: Key) throws -> Bool {
    try decoder(forKey: key).decodeNil()
  }

  /// The `T` of the member `key`; throws `keyNotFound` when there is none. Also the witness of
  /// every scalar overload, as in the single-value container.
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder(forKey: key).decode(type)
  }

  /// The keyed container of the member `key`.
  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try decoder(forKey: key).container(keyedBy: type)
  }

  /// The unkeyed container of the member `key`.
  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try decoder(forKey: key).unkeyedContainer()
  }

  /// A decoder for the member `super`, over null when there is none (as JSONDecoder does).
  func superDecoder() throws -> any Decoder {
    superDecoder(named: JSONCodingKey.superKey)
  }

  /// A decoder for the member `key`, over null when there is none (as JSONDecoder does).
  func superDecoder(forKey key: Key) throws -> any Decoder {
    superDecoder(named: key)
  }

  private func superDecoder(named key: some CodingKey) -> JSONValueDecoding {
    let value = value(named: key.stringValue) ?? JSONValue(.null, span: 0..<0)
    return JSONValueDecoding(value: value, codingPath: codingPath + [key])
  }

  private func decoder(forKey key: Key) throws(DecodingError) -> JSONValueDecoding {
    guard let value = value(named: key.stringValue) else {
      throw DecodingError.keyNotFound(
        key,
        DecodingError.Context(
          codingPath: codingPath,
          debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
    }
    return JSONValueDecoding(value: value, codingPath: codingPath + [key])
  }
}
