import RepayConfig
import RepayCore
import Testing

/// Each kind of fault is reported at its place, with the reason that names it.
struct TOMLSyntaxErrorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let toml: String
    let line: Int
    let column: Int
    let reason: TOMLSyntaxError.Reason
    var testDescription: String { toml.debugDescription }
  }

  private static func at(_ line: Int, _ column: Int) -> RepayCore.SourceLocation {
    RepayCore.SourceLocation(file: "f.toml", line: line, column: column)
  }

  static let cases: [Case] = [
    Case(
      toml: "name = \"花呗\" x", line: 1, column: 13,
      reason: .unexpected(found: .character(0x78), expected: .endOfLineAfterValue)),
    Case(
      toml: "a = 1\nb 2", line: 2, column: 3,
      reason: .unexpected(found: .character(0x32), expected: .equalsSign)),
    Case(toml: "a =", line: 1, column: 4, reason: .unexpected(found: .endOfFile, expected: .value)),
    Case(toml: "a = \n", line: 1, column: 5, reason: .unexpected(found: .endOfLine, expected: .value)),
    Case(toml: "= 1", line: 1, column: 1, reason: .unexpected(found: .character(0x3D), expected: .key)),
    Case(toml: "　= 1", line: 1, column: 1, reason: .unexpected(found: .character(0x3000), expected: .key)),
    Case(
      toml: "[daemon", line: 1, column: 8, reason: .unexpected(found: .endOfFile, expected: .tableHeaderEnd)),
    Case(
      toml: "[[loan]", line: 1, column: 7,
      reason: .unexpected(found: .character(0x5D), expected: .arrayTableHeaderEnd)),
    Case(
      toml: "[a] b = 1", line: 1, column: 5,
      reason: .unexpected(found: .character(0x62), expected: .endOfLineAfterHeader)),
    Case(
      toml: "a = [1 2]", line: 1, column: 8,
      reason: .unexpected(found: .character(0x32), expected: .arraySeparator)),
    Case(
      toml: "a = {b = 1\n}", line: 1, column: 11,
      reason: .unexpected(found: .endOfLine, expected: .inlineTableSeparator)),
    Case(
      toml: "a = {b = 1,}", line: 1, column: 12,
      reason: .unexpected(found: .character(0x7D), expected: .inlineTableKey)),
    Case(toml: "a = \"abc\nb = 1", line: 1, column: 5, reason: .unterminatedString(.basic)),
    Case(toml: "a = 'abc", line: 1, column: 5, reason: .unterminatedString(.literal)),
    Case(toml: "\n\na = \"\"\"abc\n", line: 3, column: 5, reason: .unterminatedString(.multilineBasic)),
    Case(toml: "a = '''abc''", line: 1, column: 5, reason: .unterminatedString(.multilineLiteral)),
    Case(toml: "a = \"x\\qy\"", line: 1, column: 7, reason: .invalidEscape("\\q")),
    Case(toml: "a = \"\\u12G4\"", line: 1, column: 6, reason: .invalidEscape("\\u12G")),
    Case(toml: "a = \"\\uD800\"", line: 1, column: 6, reason: .invalidUnicodeEscape("\\uD800")),
    Case(toml: "a = \"\\U00110000\"", line: 1, column: 6, reason: .invalidUnicodeEscape("\\U00110000")),
    Case(toml: "a = \"x\u{7}\"", line: 1, column: 7, reason: .controlCharacter(7)),
    Case(toml: "# bell \u{7}", line: 1, column: 8, reason: .controlCharacter(7)),
    Case(toml: "a = 1\r", line: 1, column: 6, reason: .bareCarriageReturn),
    Case(toml: "enabled = yes", line: 1, column: 11, reason: .invalidValue("yes")),
    Case(toml: "a = 01", line: 1, column: 5, reason: .invalidNumber("01", .leadingZero)),
    Case(toml: "a = 1__0", line: 1, column: 5, reason: .invalidNumber("1__0", .misplacedUnderscore)),
    Case(toml: "a = 1_", line: 1, column: 5, reason: .invalidNumber("1_", .misplacedUnderscore)),
    Case(toml: "a = -0x1", line: 1, column: 5, reason: .invalidNumber("-0x1", .signedPrefixedInteger)),
    Case(toml: "a = 0x", line: 1, column: 5, reason: .invalidNumber("0x", .missingDigits)),
    Case(toml: "a = 1.", line: 1, column: 5, reason: .invalidNumber("1.", .missingDigits)),
    Case(toml: "a = 0o8", line: 1, column: 5, reason: .invalidNumber("0o8", .malformed)),
    Case(
      toml: "a = 9223372036854775808", line: 1, column: 5,
      reason: .invalidNumber("9223372036854775808", .integerOutOfRange)),
    Case(
      toml: "a = 0xFFFFFFFFFFFFFFFFFF", line: 1, column: 5,
      reason: .invalidNumber("0xFFFFFFFFFFFFFFFFFF", .integerOutOfRange)),
    Case(toml: "a = 1e400", line: 1, column: 5, reason: .invalidNumber("1e400", .floatOutOfRange)),
    Case(
      toml: "d = 2026-13-01", line: 1, column: 5, reason: .invalidDateTime("2026-13-01", .monthOutOfRange)),
    Case(toml: "d = 2026-02-29", line: 1, column: 5, reason: .invalidDateTime("2026-02-29", .dayOutOfRange)),
    Case(toml: "d = 2026-04-31", line: 1, column: 5, reason: .invalidDateTime("2026-04-31", .dayOutOfRange)),
    Case(toml: "t = 24:00:00", line: 1, column: 5, reason: .invalidDateTime("24:00:00", .hourOutOfRange)),
    Case(toml: "t = 09:60:00", line: 1, column: 5, reason: .invalidDateTime("09:60:00", .minuteOutOfRange)),
    Case(toml: "t = 09:30:61", line: 1, column: 5, reason: .invalidDateTime("09:30:61", .secondOutOfRange)),
    Case(toml: "t = 09:30", line: 1, column: 5, reason: .invalidDateTime("09:30", .malformed)),
    Case(
      toml: "t = 2026-12-10T09:30:00+24:00", line: 1, column: 5,
      reason: .invalidDateTime("2026-12-10T09:30:00+24:00", .offsetOutOfRange)),
    Case(toml: "a = 1\na = 2", line: 2, column: 1, reason: .duplicateKey("a", firstDefinedAt: at(1, 1))),
    Case(
      toml: "a.b = 1\na.b = 2", line: 2, column: 3, reason: .duplicateKey("a.b", firstDefinedAt: at(1, 3))),
    Case(toml: "[x]\n[y]\n[x]", line: 3, column: 1, reason: .tableRedefined("x", firstDefinedAt: at(1, 1))),
    Case(
      toml: "[x]\nb.c = 1\n[x.b]", line: 3, column: 1,
      reason: .tableRedefined("x.b", firstDefinedAt: at(2, 1))),
    Case(
      toml: "a = 1\n[a.b]", line: 2, column: 2, reason: .notATable("a", type: .integer, definedAt: at(1, 5))),
    Case(
      toml: "a = 1\na.b = 2", line: 2, column: 1, reason: .notATable("a", type: .integer, definedAt: at(1, 5))
    ),
    Case(
      toml: "[a.b.c]\n[a]\nb.d = 1", line: 3, column: 1,
      reason: .dottedKeyIntoDefinedTable("b", definedAt: at(1, 4))),
    Case(
      toml: "a = {b = 1}\n[a]", line: 2, column: 1, reason: .inlineTableExtended("a", definedAt: at(1, 5))),
    Case(
      toml: "a = {b = 1}\na.c = 2", line: 2, column: 1, reason: .inlineTableExtended("a", definedAt: at(1, 5))
    ),
    Case(toml: "a = []\n[[a]]", line: 2, column: 1, reason: .notAnArrayOfTables("a", definedAt: at(1, 5))),
    Case(toml: "[a]\n[[a]]", line: 2, column: 1, reason: .notAnArrayOfTables("a", definedAt: at(1, 1))),
    Case(toml: "[[a]]\n[a]", line: 2, column: 1, reason: .notATable("a", type: .array, definedAt: at(1, 1))),
    Case(
      toml: "a = \"\u{FEFF}\"\n\u{FEFF}", line: 2, column: 1,
      reason: .unexpected(found: .character(0xFEFF), expected: .key)),
  ]

  @Test("each fault is reported at its place with its reason", arguments: cases)
  func fault(_ testCase: Case) {
    do {
      let document = try TOMLDocument(parsing: testCase.toml, file: "f.toml")
      Issue.record("accepted: \(document.root)")
    } catch {
      #expect(error.reason == testCase.reason)
      #expect(error.location == Self.at(testCase.line, testCase.column))
    }
  }

  @Test("invalid UTF-8 is reported at the first bad byte")
  func invalidUTF8() {
    let bytes: [UInt8] = Array("a = \"ok\"\nb = \"é".utf8) + [0xC3, 0x28, UInt8(ascii: "\"")]
    #expect(throws: TOMLSyntaxError(.invalidUTF8, at: Self.at(2, 7))) {
      try TOMLDocument(parsing: bytes, file: "f.toml")
    }
    // Overlong encodings and encoded surrogates are invalid UTF-8 too.
    for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF]] {
      #expect(throws: TOMLSyntaxError(.invalidUTF8, at: Self.at(1, 3))) {
        try TOMLDocument(parsing: Array("# ".utf8) + bad, file: "f.toml")
      }
    }
  }

  @Test("every reason has an English and a Chinese message, and they differ", arguments: cases)
  func messagesInBothLanguages(_ testCase: Case) throws {
    let error = TOMLSyntaxError(testCase.reason, at: Self.at(testCase.line, testCase.column))
    let english = error.message(in: .english)
    let chinese = error.message(in: .simplifiedChinese)
    #expect(!english.isEmpty && !chinese.isEmpty && english != chinese)
    #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    #expect(
      error.diagnostic(in: .english).description
        == "f.toml:\(testCase.line):\(testCase.column): error: \(english)")
  }

  @Test("a message says what was expected and what was found")
  func expectedAndFound() throws {
    let error = try #require(throws: TOMLSyntaxError.self) {
      try TOMLDocument(parsing: "a = [1 2]", file: "f.toml")
    }
    #expect(error.message(in: .english) == "expected ',' or ']' after the array element, found '2'")
    #expect(error.message(in: .simplifiedChinese) == "此处应为数组元素之后的 ',' 或 ']'，实际为 '2'")
  }
}
