import PlainJSON
import Testing

/// What the reader accepts, and the values and spans it gives.
struct JSONReaderAcceptanceTests {
  private static func read(_ text: String) throws -> JSONValue {
    try JSONReader.read(Array(text.utf8))
  }

  @Test(
    "every kind of value at the top level, whitespace around it",
    arguments: [
      (" null ", JSONValue.Content.null),
      ("true", .bool(true)),
      ("\t\r\nfalse\n", .bool(false)),
      ("-0", .number("-0")),
      ("12.50e+03", .number("12.50e+03")),
      ("1E-7", .number("1E-7")),
      ("0.0", .number("0.0")),
      ("\"\"", .string("")),
      ("[]", .array([])),
      ("{ }", .object([])),
    ])
  func topLevelValues(text: String, content: JSONValue.Content) throws {
    #expect(try Self.read(text).content == content)
  }

  @Test(
    "numbers keep their text, beyond what any Swift type holds; escapes decode, surrogate pairs to one character",
    arguments: [
      (
        "[123456789012345678901234567890, -0.000100, 1e400, 2.5E-3]",
        [
          JSONValue.Content.number("123456789012345678901234567890"), .number("-0.000100"), .number("1e400"),
          .number("2.5E-3"),
        ]
      ),
      (
        #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u4E2D", "\ud83d\ude00 \uD834\uDD1E", "中文 😀 é"]"#,
        [.string("a\"b\\c/d\u{08}\u{0C}\n\r\t"), .string("é中"), .string("😀 𝄞"), .string("中文 😀 é")]
      ),
    ])
  func elementContents(text: String, contents: [JSONValue.Content]) throws {
    #expect(try Self.read(text).elements.map(\.content) == contents)
  }

  @Test("each value's span is the exact text of it, nested members included")
  func spans() throws {
    let bytes = Array(#"{"loan": {"id": "jd", "amounts": [1, 2.5, {"x": null}]}, "ok" : true }"#.utf8)
    let document = try JSONReader.read(bytes)
    let text = { (value: JSONValue?) in value.map { String(decoding: bytes[$0.span], as: UTF8.self) } }
    #expect(text(document) == String(decoding: bytes, as: UTF8.self))
    #expect(text(document.member("loan")) == #"{"id": "jd", "amounts": [1, 2.5, {"x": null}]}"#)
    #expect(text(document.member("loan")?.member("id")) == #""jd""#)
    #expect(text(document.member("loan")?.member("amounts")) == #"[1, 2.5, {"x": null}]"#)
    #expect(text(document.member("loan")?.member("amounts")?.elements[1]) == "2.5")
    #expect(text(document.member("loan")?.member("amounts")?.elements[2].member("x")) == "null")
    #expect(text(document.member("ok")) == "true")
  }

  @Test("members stay in order with duplicates; lookup takes the first, and nil off an object")
  func members() throws {
    let document = try Self.read(#"{"b": 1, "a": 2, "b": 3}"#)
    guard case .object(let members) = document.content else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.name) == ["b", "a", "b"])
    #expect(document.member("b")?.content == .number("1"))
    #expect(document.member("a")?.content == .number("2"))
    #expect(document.member("c") == nil)
    #expect(try Self.read("[1]").member("b") == nil)
  }

  @Test("nesting up to the limit is read")
  func nestingAtTheLimit() throws {
    let depth = JSONReader.nestingLimit
    let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(try Self.read(arrays).span == 0..<(2 * depth))
    let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
    #expect(try Self.read(objects).span == 0..<(6 * depth + 1))
  }
}

extension JSONValue {
  /// The elements of an array; empty for anything else.
  fileprivate var elements: [JSONValue] {
    guard case .array(let elements) = content else { return [] }
    return elements
  }
}
