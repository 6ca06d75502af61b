/// Decodes `Decodable` values from `JSONValue`s the way `JSONDecoder` does with its
/// default strategies, yet with the standard library alone.
///
/// Numbers decode into an integer type only when they are whole and in its range; a number with
/// a fraction or exponent is read as a `Double` first, as JSONDecoder does for magnitudes below
/// 2^53. Unknown members are ignored; of duplicate members the first one counts, as in
/// JSONDecoder. Unlike JSONDecoder, a number out of range is reported at its own coding path
/// (JSONDecoder's is empty), and the text must be strict JSON (JSONDecoder takes `{"a": 1,}`).
public struct JSONValueDecoder: Sendable {
  /// A decoder with the default behaviour, the only one there is.
  public init() {}

  /// The `T` that `value` holds. Throws the `DecodingError` `JSONDecoder` throws for
  /// the same text: `keyNotFound`, `valueNotFound` (null where a value is needed), `typeMismatch`
  /// or `dataCorrupted` (a number out of range), with the coding path to the fault.
  public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
    try JSONValueDecoding(value: value, codingPath: []).decode(type)
  }

  /// The `T` that the JSON text `bytes` holds. Text that is not JSON throws
  /// `DecodingError.dataCorrupted` with the `JSONReadError` as its underlying error.
  public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    let value: JSONValue
    do {
      value = try JSONReader.read(bytes)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: [], debugDescription: "The given data was not valid JSON.", underlyingError: error))
    }
    return try decode(type, from: value)
  }
}
