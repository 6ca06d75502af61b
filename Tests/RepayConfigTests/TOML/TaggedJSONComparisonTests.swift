import Foundation
import RepayConfig
import Testing

/// The conformance test is only as good as its comparison: it must see every kind of difference.
struct TaggedJSONComparisonTests {
  private func difference(_ toml: String, _ json: String) throws -> String? {
    let document = try TOMLDocument(parsing: toml, file: "t.toml")
    let expected = try JSONSerialization.jsonObject(with: Data(json.utf8))
    return TaggedJSONComparison.difference(
      TOMLValue(.table(document.root), at: .init(file: "t.toml", line: 1, column: 1)), expected)
  }

  @Test("equal documents compare equal, by meaning")
  func equal() throws {
    #expect(
      try difference(
        "a = 0xff\nb = 1.50\nc = 1979-05-27T07:32:00.600+00:00\nd = [\"x\"]\n[e]",
        """
        {"a": {"type": "integer", "value": "255"}, "b": {"type": "float", "value": "1.5"},
         "c": {"type": "datetime", "value": "1979-05-27T07:32:00.6Z"},
         "d": [{"type": "string", "value": "x"}], "e": {}}
        """) == nil)
  }

  @Test(
    "each kind of difference is found",
    arguments: [
      ("a = 1", #"{"a": {"type": "integer", "value": "2"}}"#),
      ("a = 1", #"{"a": {"type": "float", "value": "1"}}"#),
      ("a = 'x'", #"{"a": {"type": "string", "value": "y"}}"#),
      ("a = 1", #"{"b": {"type": "integer", "value": "1"}}"#),
      ("a = 1\nb = 2", #"{"a": {"type": "integer", "value": "1"}}"#),
      ("a = [1]", #"{"a": []}"#),
      ("a = 1979-05-27", #"{"a": {"type": "date-local", "value": "1979-05-28"}}"#),
      ("a = 07:32:00", #"{"a": {"type": "time-local", "value": "07:32:01"}}"#),
      ("a = 1979-05-27T07:32:00Z", #"{"a": {"type": "datetime", "value": "1979-05-27T07:32:00+01:00"}}"#),
      ("a = nan", #"{"a": {"type": "float", "value": "inf"}}"#),
      ("[a]", #"{"a": {"type": "string", "value": ""}}"#),
    ])
  func different(_ toml: String, _ json: String) throws {
    #expect(try difference(toml, json) != nil)
  }
}
