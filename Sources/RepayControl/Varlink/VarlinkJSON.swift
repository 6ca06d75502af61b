import Foundation

/// The JSON both sides write and read: compact, with `/` unescaped (Varlink peers and people read
/// paths in it), optional fields absent rather than null, keys sorted (Foundation's encoder on
/// Linux otherwise writes them in an order that changes from process to process, and
/// `repayctl --json` prints the daemon's bytes as they are: scripts and people diffing them
/// deserve a stable order).
enum VarlinkJSON {
  /// A new encoder in the protocol's form. (Each use makes its own: `JSONEncoder` is a class whose
  /// settings are mutable, so one shared instance could not be proven safe across tasks.)
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return encoder
  }

  /// The bytes of one message: `value` as JSON, then the terminating NUL.
  static func message<Value: Encodable>(_ value: Value) throws -> [UInt8] {
    var bytes = [UInt8](try encoder().encode(value))
    bytes.append(0)
    return bytes
  }

  /// Decodes one message (without its NUL).
  static func decode<Value: Decodable, Bytes: DataProtocol>(_ type: Value.Type, from bytes: Bytes) throws
    -> Value
  {
    try JSONDecoder().decode(type, from: Data(bytes))
  }
}
