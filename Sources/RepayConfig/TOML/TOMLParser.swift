import RepayCore

/// The TOML 1.0 grammar over the bytes of one file: a recursive-descent reader that builds
/// the document through `TOMLTableBuilder` and stops at the first fault.
///
/// It reads bytes, not `Character`s: TOML's grammar is ASCII outside strings and comments, and
/// grapheme breaking would cost more than the rest of the reader together. UTF-8 is validated
/// where non-ASCII text may stand (strings, comments); anywhere else a non-ASCII byte is a
/// syntax error in itself.
struct TOMLParser {
  /// The deepest nesting of tables and arrays accepted. TOML sets no limit, but a short file of
  /// thousands of `[[[...` could otherwise exhaust the stack; real configuration files nest a few
  /// levels. 128 is the figure the toml-test suite suggests as more than enough.
  static let maximumDepth = 128

  /// Where the reader is in the file.
  var cursor: TOMLCursor
  private var tables: TOMLTableBuilder
  /// The keys of the key/value pairs and the header being read, outermost first. An inline
  /// table's pairs are read while the pair that holds it is still open, so their keys go on top
  /// of its own and come off before it is stored: one buffer serves the whole file, where an
  /// array per key would cost an allocation per line.
  private var keys: [TOMLKey] = []

  /// A reader of `bytes`, which must stay valid while it reads (see `TOMLCursor`).
  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    cursor = TOMLCursor(bytes: bytes, file: file)
    tables = TOMLTableBuilder(rootAt: cursor.location)
  }

  /// Reads the whole file into its root table.
  mutating func parseDocument() throws(TOMLSyntaxError) -> TOMLTable {
    if cursor.hasPrefix("\u{FEFF}") { cursor.advance(by: 3) }
    var current = tables.root
    while true {
      skipWhitespace()
      guard let byte = cursor.current else { break }
      switch byte {
      case UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        try finishLine(expecting: .endOfLineAfterValue)
      case UInt8(ascii: "["):
        current = try parseTableHeader()
      default:
        try parseKeyValue(into: current)
        try finishLine(expecting: .endOfLineAfterValue)
      }
    }
    return tables.finish()
  }

  // MARK: Lines, whitespace, comments

  private mutating func skipWhitespace() {
    _ = cursor.advance(overASCIIRun: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
  }

  /// After a key/value pair or a header: optional whitespace and comment, then a newline or the
  /// end of the file.
  private mutating func finishLine(expecting expectation: TOMLSyntaxError.Expectation) throws(TOMLSyntaxError)
  {
    skipWhitespace()
    if cursor.current == UInt8(ascii: "#") { try skipComment() }
    switch cursor.current {
    case nil:
      return
    case UInt8(ascii: "\n"):
      cursor.advance()
    case UInt8(ascii: "\r"):
      try consumeCarriageReturn()
    default:
      throw unexpected(expectation)
    }
  }

  /// Consumes `\r\n`; a carriage return alone is an error.
  private mutating func consumeCarriageReturn() throws(TOMLSyntaxError) {
    guard cursor.peek(1) == UInt8(ascii: "\n") else {
      throw TOMLSyntaxError(.bareCarriageReturn, at: cursor.location)
    }
    cursor.advance(by: 2)
  }

  /// Skips a comment up to (not including) the end of its line.
  private mutating func skipComment() throws(TOMLSyntaxError) {
    cursor.advance()
    while true {
      _ = cursor.advanceOverPlainASCII(stoppingAt: UInt8(ascii: "\n"))
      guard let byte = cursor.current, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") else { return }
      try advanceOverTextByte(byte)
    }
  }

  /// Skips whitespace, comments and newlines, as allowed between array elements.
  private mutating func skipBlankSpace() throws(TOMLSyntaxError) {
    while true {
      skipWhitespace()
      switch cursor.current {
      case UInt8(ascii: "#"): try skipComment()
      case UInt8(ascii: "\n"): cursor.advance()
      case UInt8(ascii: "\r"): try consumeCarriageReturn()
      default: return
      }
    }
  }

  /// Moves past one character of free text (a comment or string body), checking that it is
  /// valid UTF-8 and not a control character other than tab.
  mutating func advanceOverTextByte(_ byte: UInt8) throws(TOMLSyntaxError) {
    if byte >= 0x80 {
      guard let length = cursor.validScalarLength() else {
        throw TOMLSyntaxError(.invalidUTF8, at: cursor.location)
      }
      cursor.advance(by: length)
    } else if (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F {
      throw TOMLSyntaxError(.controlCharacter(UInt32(byte)), at: cursor.location)
    } else {
      cursor.advance()
    }
  }

  /// An "expected X, found Y" error at the current byte.
  func unexpected(_ expectation: TOMLSyntaxError.Expectation) -> TOMLSyntaxError {
    let found: TOMLSyntaxError.Found
    switch cursor.current {
    case nil:
      found = .endOfFile
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
      found = .endOfLine
    case let byte?:
      guard let scalar = cursor.currentScalar() else {
        return TOMLSyntaxError(.invalidUTF8, at: cursor.location)
      }
      found = byte < 0x80 ? .character(UInt32(byte)) : .character(scalar)
    }
    return TOMLSyntaxError(.unexpected(found: found, expected: expectation), at: cursor.location)
  }

  // MARK: Keys and tables

  /// `[a.b]` or `[[a.b]]`; returns the table that the following key/value pairs go into.
  private mutating func parseTableHeader() throws(TOMLSyntaxError) -> TOMLTableBuilder.Table {
    let header = cursor.location
    cursor.advance()
    let isArray = cursor.current == UInt8(ascii: "[")
    if isArray { cursor.advance() }
    let base = keys.count
    defer { removeKeys(from: base) }
    try parseKey()
    if isArray {
      guard cursor.hasPrefix("]]") else { throw unexpected(.arrayTableHeaderEnd) }
      cursor.advance(by: 2)
    } else {
      guard cursor.current == UInt8(ascii: "]") else { throw unexpected(.tableHeaderEnd) }
      cursor.advance()
    }
    guard keys.count - base <= Self.maximumDepth else {
      throw TOMLSyntaxError(.nestingTooDeep(limit: Self.maximumDepth), at: header)
    }
    let table =
      isArray
      ? try tables.appendArrayTable(at: base..<keys.count, of: keys, header: header)
      : try tables.defineTable(at: base..<keys.count, of: keys, header: header)
    try finishLine(expecting: .endOfLineAfterHeader)
    return table
  }

  /// `key = value`, stored into `table`.
  private mutating func parseKeyValue(into table: TOMLTableBuilder.Table) throws(TOMLSyntaxError) {
    let start = cursor.position
    let base = keys.count
    defer { removeKeys(from: base) }
    try parseKey()
    guard cursor.current == UInt8(ascii: "=") else { throw unexpected(.equalsSign) }
    cursor.advance()
    skipWhitespace()
    let depth = tables.depth(of: table) + keys.count - base
    guard depth <= Self.maximumDepth else {
      throw TOMLSyntaxError(.nestingTooDeep(limit: Self.maximumDepth), at: cursor.location(at: start))
    }
    let value = try parseValue(depth: depth)
    try tables.insert(value, at: base..<keys.count, of: keys, in: table)
  }

  /// Takes the keys from `base` on off `keys`, once the pair or header they name is stored.
  private mutating func removeKeys(from base: Int) {
    // One at a time: most keys have one part, and `removeLast` is much cheaper for one element
    // than the general `removeSubrange`.
    while keys.count > base { keys.removeLast() }
  }

  /// A key, dotted or not, with the whitespace around it; its parts go onto `keys`.
  private mutating func parseKey() throws(TOMLSyntaxError) {
    while true {
      skipWhitespace()
      keys.append(try parseSimpleKey())
      skipWhitespace()
      guard cursor.current == UInt8(ascii: ".") else { return }
      cursor.advance()
    }
  }

  private mutating func parseSimpleKey() throws(TOMLSyntaxError) -> TOMLKey {
    let location = cursor.location
    switch cursor.current {
    case UInt8(ascii: "\""):
      return TOMLKey(try parseString(.basic), at: location)
    case UInt8(ascii: "'"):
      return TOMLKey(try parseString(.literal), at: location)
    case let byte? where isBareKeyByte(byte):
      return TOMLKey(cursor.text(cursor.advance(overASCIIRun: isBareKeyByte)), at: location)
    default:
      throw unexpected(.key)
    }
  }

  // MARK: Values

  /// Any value, at nesting depth `depth`.
  mutating func parseValue(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
    let location = cursor.location
    guard depth <= Self.maximumDepth else {
      throw TOMLSyntaxError(.nestingTooDeep(limit: Self.maximumDepth), at: location)
    }
    switch cursor.current {
    case UInt8(ascii: "\""):
      let kind: TOMLSyntaxError.StringKind = cursor.hasPrefix("\"\"\"") ? .multilineBasic : .basic
      return TOMLValue(.string(try parseString(kind)), at: location)
    case UInt8(ascii: "'"):
      let kind: TOMLSyntaxError.StringKind = cursor.hasPrefix("'''") ? .multilineLiteral : .literal
      return TOMLValue(.string(try parseString(kind)), at: location)
    case UInt8(ascii: "["):
      return try parseArray(depth: depth)
    case UInt8(ascii: "{"):
      return try parseInlineTable(depth: depth)
    case let byte? where isScalarByte(byte):
      let lexeme = UnsafeBufferPointer(rebasing: cursor.bytes[scanScalarLexeme()])
      do {
        return TOMLValue(try TOMLScalar.parse(lexeme), at: location)
      } catch {
        throw TOMLSyntaxError(error, at: location)
      }
    default:
      throw unexpected(.value)
    }
  }

  /// Moves past a number, boolean, date or time: the characters they are made of, and the
  /// space that may separate a date from its time (`1979-05-27 07:32:00`). Returns where the
  /// lexeme lay in the file.
  private mutating func scanScalarLexeme() -> Range<Int> {
    let lexeme = cursor.advance(overASCIIRun: isScalarByte)
    let start = lexeme.lowerBound
    let isDate =
      lexeme.count == 10 && cursor.bytes[start + 4] == UInt8(ascii: "-")
      && cursor.bytes[start + 7] == UInt8(ascii: "-")
    if isDate, cursor.current == UInt8(ascii: " "), isDigit(cursor.peek(1)), isDigit(cursor.peek(2)),
      cursor.peek(3) == UInt8(ascii: ":")
    {
      cursor.advance()
      return start..<cursor.advance(overASCIIRun: isScalarByte).upperBound
    }
    return lexeme
  }

  private mutating func parseArray(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
    let location = cursor.location
    cursor.advance()
    var elements: [TOMLValue] = []
    while true {
      try skipBlankSpace()
      if cursor.current == UInt8(ascii: "]") { break }
      elements.append(try parseValue(depth: depth + 1))
      try skipBlankSpace()
      if cursor.current == UInt8(ascii: ",") {
        cursor.advance()
      } else if cursor.current == UInt8(ascii: "]") {
        break
      } else {
        throw unexpected(.arraySeparator)
      }
    }
    cursor.advance()
    return TOMLValue(.array(elements), at: location)
  }

  private mutating func parseInlineTable(depth: Int) throws(TOMLSyntaxError) -> TOMLValue {
    let location = cursor.location
    cursor.advance()
    let table = tables.openInlineTable(at: location, depth: depth)
    skipWhitespace()
    if cursor.current == UInt8(ascii: "}") {
      cursor.advance()
      return TOMLValue(.table(tables.closeInlineTable(table)), at: location)
    }
    while true {
      try parseKeyValue(into: table)
      skipWhitespace()
      if cursor.current == UInt8(ascii: "}") {
        cursor.advance()
        return TOMLValue(.table(tables.closeInlineTable(table)), at: location)
      }
      guard cursor.current == UInt8(ascii: ",") else { throw unexpected(.inlineTableSeparator) }
      cursor.advance()
      skipWhitespace()
      if cursor.current == UInt8(ascii: "}") { throw unexpected(.inlineTableKey) }
    }
  }
}

private func isBareKeyByte(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
    true
  default:
    false
  }
}

/// The characters numbers, booleans, dates and times are made of.
private func isScalarByte(_ byte: UInt8) -> Bool {
  isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
}

private func isDigit(_ byte: UInt8?) -> Bool {
  byte.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
}
