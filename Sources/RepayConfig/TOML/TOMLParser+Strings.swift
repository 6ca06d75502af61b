/// The four kinds of TOML string, read by one loop: basic strings (`"`) have escapes, literal
/// strings (`'`) have none; multi-line strings (three quotes) keep their newlines. The content is
/// validated as it passes and made into one `String` at the end (see `TOMLStringContent`).
extension TOMLParser {
  /// A string of `kind`, starting at its opening quote.
  ///
  /// In a multi-line string a newline right after the opening quotes is dropped, and in a
  /// multi-line basic string a backslash at the end of a line removes the line break and the
  /// whitespace after it.
  mutating func parseString(_ kind: TOMLSyntaxError.StringKind) throws(TOMLSyntaxError) -> String {
    let start = cursor.position
    let isBasic = kind == .basic || kind == .multilineBasic
    let quote = isBasic ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    cursor.advance(by: kind.isMultiline ? 3 : 1)
    if kind.isMultiline { skipNewlineAfterOpeningDelimiter() }
    var content = TOMLStringContent(startingAt: cursor.offset)
    while true {
      _ = cursor.advanceOverPlainASCII(stoppingAt: quote)
      guard let byte = cursor.current else {
        throw TOMLSyntaxError(.unterminatedString(kind), at: cursor.location(at: start))
      }
      switch byte {
      case quote where kind.isMultiline:
        if closeMultiline(quote: quote) {
          return content.string(endingAt: cursor.offset - 3, in: cursor.bytes)
        }
      case quote:
        cursor.advance()
        return content.string(endingAt: cursor.offset - 1, in: cursor.bytes)
      case UInt8(ascii: "\\") where kind == .multilineBasic && isLineEndingBackslash():
        let backslash = cursor.offset
        skipLineEndingBackslash()
        content.replace(backslash..<cursor.offset, in: cursor.bytes, with: EmptyCollection())
      case UInt8(ascii: "\\") where isBasic:
        try readEscape(into: &content)
      case UInt8(ascii: "\n") where kind.isMultiline, UInt8(ascii: "\r") where kind.isMultiline:
        try advanceOverNewline()
      case UInt8(ascii: "\n"):
        throw TOMLSyntaxError(.unterminatedString(kind), at: cursor.location(at: start))
      case UInt8(ascii: "\r") where cursor.peek(1) == UInt8(ascii: "\n"):
        throw TOMLSyntaxError(.unterminatedString(kind), at: cursor.location(at: start))
      default:
        try advanceOverTextByte(byte)
      }
    }
  }

  private mutating func skipNewlineAfterOpeningDelimiter() {
    if cursor.current == UInt8(ascii: "\n") {
      cursor.advance()
    } else if cursor.current == UInt8(ascii: "\r"), cursor.peek(1) == UInt8(ascii: "\n") {
      cursor.advance(by: 2)
    }
  }

  /// At a quote inside a multi-line string: a run of fewer than three quotes is content; three
  /// to five close the string, the first one or two of them being content (`""""` ends with a
  /// quote), so the content ends three bytes before the cursor. A sixth quote is left for the
  /// caller, where it is a syntax error. Returns whether the string is closed.
  private mutating func closeMultiline(quote: UInt8) -> Bool {
    var run = 0
    while run < 5, cursor.peek(run) == quote { run += 1 }
    cursor.advance(by: run)
    return run >= 3
  }

  /// A line break inside a multi-line string, which is content as written (LF or CRLF); a
  /// carriage return without its line feed is an error.
  private mutating func advanceOverNewline() throws(TOMLSyntaxError) {
    if cursor.current == UInt8(ascii: "\r") {
      guard cursor.peek(1) == UInt8(ascii: "\n") else {
        throw TOMLSyntaxError(.controlCharacter(0x0D), at: cursor.location)
      }
      cursor.advance()
    }
    cursor.advance()
  }

  /// Whether the backslash at the cursor is followed only by whitespace up to the end of its line.
  private func isLineEndingBackslash() -> Bool {
    var distance = 1
    while let byte = cursor.peek(distance), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
      distance += 1
    }
    let next = cursor.peek(distance)
    return next == UInt8(ascii: "\n")
      || (next == UInt8(ascii: "\r") && cursor.peek(distance + 1) == UInt8(ascii: "\n"))
  }

  /// Skips a line-ending backslash and all whitespace and newlines after it.
  private mutating func skipLineEndingBackslash() {
    cursor.advance()
    while let byte = cursor.current {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
        cursor.advance()
      case UInt8(ascii: "\r") where cursor.peek(1) == UInt8(ascii: "\n"):
        cursor.advance(by: 2)
      default:
        return
      }
    }
  }

  /// A backslash escape of a basic string, replaced in `content` by its meaning as UTF-8.
  private mutating func readEscape(into content: inout TOMLStringContent) throws(TOMLSyntaxError) {
    let location = cursor.location
    let backslash = cursor.offset
    cursor.advance()
    let simple: UInt8? =
      switch cursor.current {
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "t"): 0x09
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "\""): UInt8(ascii: "\"")
      case UInt8(ascii: "\\"): UInt8(ascii: "\\")
      default: nil
      }
    if let simple {
      cursor.advance()
      content.replace(backslash..<cursor.offset, in: cursor.bytes, with: CollectionOfOne(simple))
      return
    }
    let digitCount: Int
    switch cursor.current {
    case UInt8(ascii: "u"): digitCount = 4
    case UInt8(ascii: "U"): digitCount = 8
    default:
      throw TOMLSyntaxError(.invalidEscape(escapeText(length: 1)), at: location)
    }
    var value: UInt32 = 0
    for distance in 1...digitCount {
      guard let digit = cursor.peek(distance).flatMap(digitValue) else {
        throw TOMLSyntaxError(.invalidEscape(escapeText(length: distance + 1)), at: location)
      }
      value = value << 4 | UInt32(digit)
    }
    let text = escapeText(length: digitCount + 1)
    guard let scalar = Unicode.Scalar(value) else {
      throw TOMLSyntaxError(.invalidUnicodeEscape(text), at: location)
    }
    cursor.advance(by: digitCount + 1)
    // Every scalar has a UTF-8 form; `encode` is optional only for encodings without one.
    content.replace(backslash..<cursor.offset, in: cursor.bytes, with: UTF8.encode(scalar)!)
  }

  /// The backslash and the next `length` characters of an escape, for messages; a character that
  /// cannot be shown ends it.
  private func escapeText(length: Int) -> String {
    var text = "\\"
    for distance in 0..<length {
      guard let byte = cursor.peek(distance), byte >= 0x21, byte < 0x7F else { break }
      text.append(Character(Unicode.Scalar(byte)))
    }
    return text
  }
}
