/// The state of one read: the input and the offset of the next byte.
///
/// Arrays and objects are kept on an explicit stack rather than by recursion, so that the depth
/// limit, not the thread's stack size, decides how deep a document may go.
struct JSONParser {
  /// The whole input.
  let bytes: [UInt8]
  /// The offset of the next byte to read.
  var position = 0

  /// A parser at the start of `bytes`.
  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The one value of the input, with nothing but whitespace around it.
  mutating func readDocument() throws(JSONReadError) -> JSONValue {
    let value = try readValue()
    skipWhitespace()
    guard position == bytes.count else { throw JSONReadError(.trailingCharacters, at: position) }
    return value
  }

  /// The value at the current position, nested arrays and objects included.
  private mutating func readValue() throws(JSONReadError) -> JSONValue {
    var open: [OpenContainer] = []
    while true {
      skipWhitespace()
      let start = position
      var value: JSONValue
      switch try peek() {
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        try checkDepth(open.count)
        var container = OpenContainer(openedAt: start, isObject: bytes[start] == UInt8(ascii: "{"))
        position += 1
        skipWhitespace()
        if try peek() == container.closingByte {
          position += 1
          value = container.closed(at: position)
        } else {
          if container.isObject { container.pendingName = try readMemberName() }
          open.append(container)
          continue
        }
      case UInt8(ascii: "\""):
        value = JSONValue(.string(try readString()), span: start..<position)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = JSONValue(.number(try readNumber()), span: start..<position)
      case UInt8(ascii: "t"):
        value = JSONValue(.bool(true), span: try readLiteral("true"))
      case UInt8(ascii: "f"):
        value = JSONValue(.bool(false), span: try readLiteral("false"))
      case UInt8(ascii: "n"):
        value = JSONValue(.null, span: try readLiteral("null"))
      case let other:
        throw JSONReadError(.unexpectedByte(found: other, expected: "a value"), at: start)
      }
      // Hand the finished value to the containers it closes, up to one that goes on.
      while var container = open.popLast() {
        container.append(value)
        skipWhitespace()
        let closing = container.closingByte
        let separator = try peek()
        if separator == closing {
          position += 1
          value = container.closed(at: position)
          continue
        }
        guard separator == UInt8(ascii: ",") else {
          throw JSONReadError(
            .unexpectedByte(found: separator, expected: "',' or '\(Character(Unicode.Scalar(closing)))'"),
            at: position)
        }
        let comma = position
        position += 1
        skipWhitespace()
        if position < bytes.count,
          bytes[position] == UInt8(ascii: "]") || bytes[position] == UInt8(ascii: "}")
        {
          throw JSONReadError(.trailingComma, at: comma)
        }
        if container.isObject {
          container.pendingName = try readMemberName()
        }
        open.append(container)
        break
      }
      if open.isEmpty { return value }
    }
  }

  /// A member's name and the colon after it; the position is then after the colon.
  private mutating func readMemberName() throws(JSONReadError) -> String {
    let start = position
    let quote = try peek()
    guard quote == UInt8(ascii: "\"") else {
      throw JSONReadError(.unexpectedByte(found: quote, expected: "a member name"), at: start)
    }
    let name = try readString()
    skipWhitespace()
    let colon = try peek()
    guard colon == UInt8(ascii: ":") else {
      throw JSONReadError(.unexpectedByte(found: colon, expected: "':'"), at: position)
    }
    position += 1
    return name
  }

  /// The span of `literal`, which must stand at the current position.
  private mutating func readLiteral(_ literal: StaticString) throws(JSONReadError) -> Range<Int> {
    let start = position
    for expected in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount) {
      let found = try peek()
      guard found == expected else {
        throw JSONReadError(.unexpectedByte(found: found, expected: "'\(literal)'"), at: position)
      }
      position += 1
    }
    return start..<position
  }

  /// Refuses to open one more container inside `depth` open ones beyond the limit.
  private func checkDepth(_ depth: Int) throws(JSONReadError) {
    guard depth < JSONReader.nestingLimit else {
      throw JSONReadError(.nestingTooDeep(limit: JSONReader.nestingLimit), at: position)
    }
  }

  /// The byte at the current position, which must exist.
  func peek() throws(JSONReadError) -> UInt8 {
    guard position < bytes.count else { throw JSONReadError(.unexpectedEnd, at: position) }
    return bytes[position]
  }

  /// Moves past spaces, tabs, line feeds and carriage returns: JSON's only whitespace.
  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        position += 1
      default:
        return
      }
    }
  }
}
