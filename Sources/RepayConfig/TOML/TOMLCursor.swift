import RepayCore

/// A position in the bytes of a TOML file that knows its line and column as it moves.
///
/// The column is counted in Unicode scalars: moving past a byte that starts a scalar (anything
/// but a UTF-8 continuation byte) moves one column. Keeping the count as the cursor moves makes
/// every location O(1) to take, even on a single 50 MB line.
struct TOMLCursor {
  /// The whole file.
  let bytes: [UInt8]
  /// The file's path as the user gave it, for locations.
  let file: String
  /// The index of the current byte.
  private(set) var offset = 0
  private var line = 1
  private var column = 1

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
  }

  /// The current byte, or nil at the end of the file.
  var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  /// The byte `distance` bytes ahead of the current one, or nil past the end.
  func peek(_ distance: Int) -> UInt8? {
    offset + distance < bytes.count ? bytes[offset + distance] : nil
  }

  /// Whether the bytes from the current one on start with `prefix`.
  func hasPrefix(_ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard offset + count <= bytes.count else { return false }
    return prefix.withUTF8Buffer { $0.elementsEqual(bytes[offset..<offset + count]) }
  }

  /// Where the current byte is.
  var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

  /// Moves past the current byte.
  mutating func advance() {
    let byte = bytes[offset]
    offset += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  /// Moves past the run of printable ASCII bytes, other than `stop` and the backslash, that
  /// starts at the current byte, and returns where the run lay in `bytes`.
  ///
  /// The fast path through string bodies and comments: ASCII needs neither UTF-8 validation nor
  /// a check per character, and never ends a line, so the column moves by the run's length.
  mutating func advanceOverPlainASCII(stoppingAt stop: UInt8) -> Range<Int> {
    let start = offset
    let end = bytes.withUnsafeBufferPointer { buffer in
      var index = start
      while index < buffer.count {
        let byte = buffer[index]
        if byte < 0x20 || byte >= 0x7F || byte == stop || byte == UInt8(ascii: "\\") { break }
        index += 1
      }
      return index
    }
    offset = end
    column += end - start
    return start..<end
  }

  /// Moves past `count` bytes.
  mutating func advance(by count: Int) {
    for _ in 0..<count { advance() }
  }

  /// The length of the valid UTF-8 sequence that starts at the current byte, or nil when the
  /// bytes there are not valid UTF-8 (overlong forms, surrogates and values past U+10FFFF
  /// included, as RFC 3629 defines it).
  func validScalarLength() -> Int? {
    guard let lead = current else { return nil }
    func continuation(_ distance: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      peek(distance).map(range.contains) ?? false
    }
    switch lead {
    case 0x00...0x7F:
      return 1
    case 0xC2...0xDF:
      return continuation(1) ? 2 : nil
    case 0xE0:
      return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF:
      return continuation(1) && continuation(2) ? 3 : nil
    case 0xED:
      return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
    case 0xF0:
      return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
    case 0xF1...0xF3:
      return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
    case 0xF4:
      return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
    default:
      return nil
    }
  }

  /// The scalar that starts at the current byte, if the bytes there are valid UTF-8.
  func currentScalar() -> UInt32? {
    guard let length = validScalarLength() else { return nil }
    var decoder = UTF8()
    var iterator = bytes[offset..<offset + length].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
    return scalar.value
  }
}
