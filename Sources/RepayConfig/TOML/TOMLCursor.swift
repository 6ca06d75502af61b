import RepayCore

/// A position in the bytes of a TOML file that knows its line and column as it moves.
///
/// The column is counted in Unicode scalars: moving past a byte that starts a scalar (anything
/// but a UTF-8 continuation byte) moves one column. Keeping the count as the cursor moves makes
/// every location O(1) to take, even on a single 50 MB line.
///
/// The bytes are read through an unsafe buffer: the reader looks at every byte several times, and
/// an array would be bounds-checked at each look. The buffer belongs to the array that
/// `TOMLDocument.init` holds for the whole parse, inside its `withUnsafeBufferPointer`, so the
/// cursor must not outlive that call; every read below the current byte is preceded by a check
/// against `bytes.count`.
struct TOMLCursor {
  /// A line and column, without the file: cheap to keep for a location that is only needed if
  /// something fails (an unterminated string is reported where it started).
  struct Position {
    fileprivate let line: Int
    fileprivate let column: Int
  }

  /// The whole file.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The file's path as the user gave it, for locations.
  let file: String
  /// The index of the current byte.
  private(set) var offset = 0
  private var line = 1
  private var column = 1

  /// A cursor at the first byte of `bytes`, which must stay valid while the cursor is used.
  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
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

  /// Where the current byte is, to be made a location later with `location(at:)`.
  var position: Position { Position(line: line, column: column) }

  /// The location of a position taken earlier in this file.
  func location(at position: Position) -> SourceLocation {
    SourceLocation(file: file, line: position.line, column: position.column)
  }

  /// Moves past the current byte, which must exist.
  // Inlined: it is called for nearly every delimiter of the file, and is a few instructions.
  @inline(__always)
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

  /// Moves past `count` bytes, which must exist.
  mutating func advance(by count: Int) {
    for _ in 0..<count { advance() }
  }

  /// Moves past the run of bytes, from the current one on, that `isInRun` accepts, and returns
  /// where the run lay in `bytes`.
  ///
  /// `isInRun` must accept only ASCII bytes other than the line feed. Such a run never ends a
  /// line and has one column per byte, so the column moves by the run's length without a look at
  /// each byte: the fast path through keys, numbers, whitespace, string bodies and comments.
  @inline(__always)
  mutating func advance(overASCIIRun isInRun: (UInt8) -> Bool) -> Range<Int> {
    let start = offset
    var end = start
    while end < bytes.count, isInRun(bytes[end]) { end += 1 }
    offset = end
    column += end - start
    return start..<end
  }

  /// Moves past the run of printable ASCII bytes, other than `stop` and the backslash, that
  /// starts at the current byte, and returns where the run lay in `bytes`.
  ///
  /// What string bodies and comments are mostly made of: ASCII needs neither UTF-8 validation
  /// nor a check per character.
  mutating func advanceOverPlainASCII(stoppingAt stop: UInt8) -> Range<Int> {
    advance(overASCIIRun: { $0 >= 0x20 && $0 < 0x7F && $0 != stop && $0 != UInt8(ascii: "\\") })
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

  /// The bytes in `range` as a string; they must be valid UTF-8, as the reader has checked.
  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
