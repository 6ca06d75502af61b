import PlainJSON
import Testing

/// What the reader refuses, each fault with its reason at its byte.
struct JSONReaderRejectionTests {
  private static func error(reading bytes: [UInt8]) -> JSONReadError? {
    do {
      _ = try JSONReader.read(bytes)
      return nil
    } catch {
      return error
    }
  }

  @Test(
    "each fault at its offset",
    arguments: [
      ("", JSONReadError(.unexpectedEnd, at: 0)),
      ("   ", JSONReadError(.unexpectedEnd, at: 3)),
      ("[1, 2,]", JSONReadError(.trailingComma, at: 5)),
      (#"{"a": 1 , }"#, JSONReadError(.trailingComma, at: 8)),
      ("[01]", JSONReadError(.leadingZero, at: 1)),
      ("-00", JSONReadError(.leadingZero, at: 1)),
      ("+1", JSONReadError(.unexpectedByte(found: UInt8(ascii: "+"), expected: "a value"), at: 0)),
      (".5", JSONReadError(.unexpectedByte(found: UInt8(ascii: "."), expected: "a value"), at: 0)),
      ("1.", JSONReadError(.missingDigit, at: 2)),
      ("1.e5", JSONReadError(.missingDigit, at: 2)),
      ("1e", JSONReadError(.missingDigit, at: 2)),
      ("1e+", JSONReadError(.missingDigit, at: 3)),
      ("-", JSONReadError(.missingDigit, at: 1)),
      ("-x", JSONReadError(.missingDigit, at: 1)),
      ("\"a\tb\"", JSONReadError(.controlCharacterInString(0x09), at: 2)),
      ("[\"\u{0}\"]", JSONReadError(.controlCharacterInString(0x00), at: 2)),
      (#""a\x""#, JSONReadError(.invalidEscape, at: 2)),
      (#""\'""#, JSONReadError(.invalidEscape, at: 1)),
      (#""\u12G4""#, JSONReadError(.invalidUnicodeEscape, at: 5)),
      (#""\u12"#, JSONReadError(.unexpectedEnd, at: 5)),
      (#""\ud83d""#, JSONReadError(.unpairedSurrogate, at: 1)),
      (#""x\ud83d\n""#, JSONReadError(.unpairedSurrogate, at: 2)),
      (#""\ud83d\ud83d""#, JSONReadError(.unpairedSurrogate, at: 1)),
      (#""\ude00\ud83d""#, JSONReadError(.unpairedSurrogate, at: 1)),
      ("\"abc", JSONReadError(.unexpectedEnd, at: 4)),
      ("1 2", JSONReadError(.trailingCharacters, at: 2)),
      ("{} x", JSONReadError(.trailingCharacters, at: 3)),
      ("nul", JSONReadError(.unexpectedEnd, at: 3)),
      ("nulL", JSONReadError(.unexpectedByte(found: UInt8(ascii: "L"), expected: "'null'"), at: 3)),
      ("True", JSONReadError(.unexpectedByte(found: UInt8(ascii: "T"), expected: "a value"), at: 0)),
      ("[1 2]", JSONReadError(.unexpectedByte(found: UInt8(ascii: "2"), expected: "',' or ']'"), at: 3)),
      (#"{"a" 1}"#, JSONReadError(.unexpectedByte(found: UInt8(ascii: "1"), expected: "':'"), at: 5)),
      ("{1: 2}", JSONReadError(.unexpectedByte(found: UInt8(ascii: "1"), expected: "a member name"), at: 1)),
      (
        #"{"a": 1 "b": 2}"#,
        JSONReadError(.unexpectedByte(found: UInt8(ascii: "\""), expected: "',' or '}'"), at: 8)
      ),
      ("[1,,2]", JSONReadError(.unexpectedByte(found: UInt8(ascii: ","), expected: "a value"), at: 3)),
      ("[", JSONReadError(.unexpectedEnd, at: 1)),
      (#"{"a":"#, JSONReadError(.unexpectedEnd, at: 5)),
    ])
  func faults(text: String, expected: JSONReadError) {
    #expect(Self.error(reading: Array(text.utf8)) == expected)
  }

  @Test(
    "ill-formed UTF-8 in a string, at its first byte",
    arguments: [
      [0x80],  // a continuation byte alone
      [0xC0, 0xAF],  // an overlong '/'
      [0xC3],  // cut short by the quote
      [0xE0, 0x80, 0xAF],  // an overlong three-byte form
      [0xED, 0xA0, 0x80],  // a UTF-16 surrogate written as UTF-8
      [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
      [0xF5, 0x80, 0x80, 0x80],
      [0xFF],
      [0xE4, 0xB8],  // a CJK character cut short
    ] as [[UInt8]])
  func invalidUTF8(sequence: [UInt8]) {
    let bytes = Array("[\"ab".utf8) + sequence + Array("\"]".utf8)
    #expect(Self.error(reading: bytes) == JSONReadError(.invalidUTF8, at: 4))
  }

  @Test("a byte of UTF-8 outside a string is not a value")
  func nonASCIIOutsideString() {
    #expect(
      Self.error(reading: [UInt8(ascii: "["), 0xC3, 0xA9, UInt8(ascii: "]")])
        == JSONReadError(.unexpectedByte(found: 0xC3, expected: "a value"), at: 1))
  }

  @Test("one level past the limit is refused at its bracket, however deep the rest goes")
  func nestingPastTheLimit() {
    let limit = JSONReader.nestingLimit
    for depth in [limit + 1, 100_000] {
      let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
      #expect(
        Self.error(reading: Array(arrays.utf8)) == JSONReadError(.nestingTooDeep(limit: limit), at: limit))
      let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
      #expect(
        Self.error(reading: Array(objects.utf8))
          == JSONReadError(.nestingTooDeep(limit: limit), at: 5 * limit))
    }
  }

  @Test("the description names the byte and the fault in English")
  func description() {
    #expect(
      JSONReadError(.trailingComma, at: 5).description
        == "invalid JSON at byte 5: a comma before the closing bracket")
    #expect(
      JSONReadError(.unexpectedByte(found: 0x01, expected: "a value"), at: 0).description
        == "invalid JSON at byte 0: expected a value but found byte 0x01")
    #expect(
      JSONReadError(.unexpectedByte(found: UInt8(ascii: "x"), expected: "':'"), at: 3).description
        == "invalid JSON at byte 3: expected ':' but found 'x'")
  }
}
