/// The text of one member of a JSON object exactly as it was written, for a client that passes
/// a reply's parameters on as they came (`repayctl --json`): decoding and encoding again would
/// reorder the keys and respell numbers and escapes.
enum VarlinkJSONMember {
  /// The bytes of the value of `key` in the top-level object `message`; nil when the object has
  /// no such member. `message` is a well-formed JSON object (the client has decoded it already).
  static func value(of key: String, in message: [UInt8]) -> ArraySlice<UInt8>? {
    var index = 0
    var depth = 0
    var expectingKey = false
    while index < message.count {
      let byte = message[index]
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        expectingKey = depth == 1 && byte == UInt8(ascii: "{")
        index += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        index += 1
      case UInt8(ascii: ","):
        expectingKey = depth == 1
        index += 1
      case UInt8(ascii: "\""):
        let end = endOfString(from: index, in: message)
        if expectingKey {
          expectingKey = false
          if message[(index + 1)..<(end - 1)].elementsEqual(key.utf8) {
            var start = end
            while start < message.count, message[start] != UInt8(ascii: ":") { start += 1 }
            start += 1
            while start < message.count, isBlank(message[start]) { start += 1 }
            return message[start..<endOfValue(from: start, in: message)]
          }
        }
        index = end
      default: index += 1
      }
    }
    return nil
  }

  /// The index just past the string that starts (with its quote) at `start`.
  private static func endOfString(from start: Int, in bytes: [UInt8]) -> Int {
    var index = start + 1
    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
      index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
    }
    return index + 1
  }

  /// The index just past the value that starts at `start`: a string, an object or array with
  /// everything in it, or a number or literal up to the next `,` or `}`.
  private static func endOfValue(from start: Int, in bytes: [UInt8]) -> Int {
    var index = start
    var depth = 0
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\""):
        index = endOfString(from: index, in: bytes)
        if depth == 0 { return index }
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if depth == 0 { return index }
        depth -= 1
        if depth == 0 { return index + 1 }
      case UInt8(ascii: ","): if depth == 0 { return index }
      default: break
      }
      index += 1
    }
    return index
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
