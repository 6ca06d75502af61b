import PlainJSON
import Testing

/// Each kind of decoding fault gives the error case and coding path Foundation's JSONDecoder
/// gives for the same text.
struct JSONDecoderErrorTests {
  private struct Payment: Decodable, CustomStringConvertible {
    let id: String
    let amount: Int64
    let parts: [Part]
    let note: String?
    let stage: OracleStage?

    var description: String { "\(id) \(amount) \(parts.count) \(note ?? "-")" }
  }

  private struct Part: Decodable {
    let day: UInt8
    let paid: Bool
  }

  private static let part = #"{"day": 1, "paid": true}"#

  @Test(
    "faults in a record, with their paths",
    arguments: [
      (#"{"amount": 1, "parts": []}"#, "keyNotFound(id) at "),
      (#"{"id": "a", "amount": 1, "parts": [\#(part), {"day": 2}]}"#, "keyNotFound(paid) at parts/Index 1"),
      (#"{"id": 5, "amount": 1, "parts": []}"#, "typeMismatch(String) at id"),
      (#"{"id": "a", "amount": "1", "parts": []}"#, "typeMismatch(Int64) at amount"),
      (#"{"id": "a", "amount": 1, "parts": {}}"#, "typeMismatch(Array<Any>) at parts"),
      (#"{"id": "a", "amount": 1, "parts": [7]}"#, "typeMismatch(Dictionary<String, Any>) at parts/Index 0"),
      (
        #"{"id": "a", "amount": 1, "parts": [{"day": 1, "paid": 1}]}"#,
        "typeMismatch(Bool) at parts/Index 0/paid"
      ),
      (#"{"id": "a", "amount": 1, "parts": [], "note": 5}"#, "typeMismatch(String) at note"),
      (#"{"id": "a", "amount": null, "parts": []}"#, "valueNotFound(Int64) at amount"),
      (#"{"id": null, "amount": 1, "parts": []}"#, "valueNotFound(String) at id"),
      (#"{"id": "a", "amount": 1, "parts": null}"#, "valueNotFound(Array<Any>) at parts"),
      (
        #"{"id": "a", "amount": 1, "parts": [null]}"#,
        "valueNotFound(Dictionary<String, Any>) at parts/Index 0"
      ),
      (#"{"id": "a", "amount": 1, "parts": [], "stage": "late"}"#, "dataCorrupted at stage"),
      ("[]", "typeMismatch(Dictionary<String, Any>) at "),
    ])
  func recordFaults(text: String, expected: String) {
    let plain = DecodingOutcome.plain(Payment.self, text)
    #expect(plain == .failure(expected))
    #expect(plain == DecodingOutcome.foundation(Payment.self, text))
  }

  @Test(
    "numbers an integer type does not hold: dataCorrupted as in Foundation, at the number's own path",
    arguments: [
      (
        #"{"id": "a", "amount": 1, "parts": [{"day": 256, "paid": true}]}"#,
        "dataCorrupted at parts/Index 0/day"
      ),
      (
        #"{"id": "a", "amount": 1, "parts": [{"day": -1, "paid": true}]}"#,
        "dataCorrupted at parts/Index 0/day"
      ),
      (#"{"id": "a", "amount": 1.5, "parts": []}"#, "dataCorrupted at amount"),
      (#"{"id": "a", "amount": 1e-2, "parts": []}"#, "dataCorrupted at amount"),
      (#"{"id": "a", "amount": 9223372036854775808, "parts": []}"#, "dataCorrupted at amount"),
      (#"{"id": "a", "amount": -9223372036854775809, "parts": []}"#, "dataCorrupted at amount"),
    ])
  func numberFaults(text: String, expected: String) {
    let plain = DecodingOutcome.plain(Payment.self, text)
    #expect(plain == .failure(expected))
    // Foundation reports these at the top level, whatever the number's path.
    #expect(plain.kind == DecodingOutcome.foundation(Payment.self, text).kind)
  }

  @Test("text that is not strict JSON is dataCorrupted with the reader's error underneath")
  func notJSON() {
    let text = #"{"id": "a", "amount": 1, "parts": [],}"#
    #expect(DecodingOutcome.plain(Payment.self, text) == .failure("dataCorrupted at "))
    do {
      _ = try JSONValueDecoder().decode(Payment.self, from: Array(text.utf8))
    } catch DecodingError.dataCorrupted(let context) {
      #expect(context.underlyingError as? JSONReadError == JSONReadError(.trailingComma, at: 36))
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test(
    "numbers an integer type takes as Foundation takes them: whole and in range, however written",
    arguments: [
      (#"{"id": "a", "amount": 1.0, "parts": [], "note": null}"#, "a 1 0 -"),
      (#"{"id": "a", "amount": 12e2, "parts": [], "ignored": [1, {}]}"#, "a 1200 0 -"),
      (#"{"id": "a", "amount": -0, "parts": [], "note": "n"}"#, "a 0 0 n"),
      (#"{"id": "a", "amount": -9223372036854775808, "parts": []}"#, "a -9223372036854775808 0 -"),
      (#"{"id": "a", "amount": 2, "parts": [], "id": "b"}"#, "a 2 0 -"),
    ])
  func integralNumbers(text: String, expected: String) {
    let plain = DecodingOutcome.plain(Payment.self, text)
    #expect(plain == .value(expected))
    #expect(plain == DecodingOutcome.foundation(Payment.self, text))
  }

  @Test("top-level scalars: null, a number out of a type's range, a number too large for a Double")
  func topLevelScalars() {
    let cases: [(DecodingOutcome, DecodingOutcome, DecodingOutcome)] = [
      (.plain(Int.self, "null"), .foundation(Int.self, "null"), .failure("valueNotFound(Int) at ")),
      (.plain(UInt.self, "-1"), .foundation(UInt.self, "-1"), .failure("dataCorrupted at ")),
      (
        .plain(Int32.self, "2147483648"), .foundation(Int32.self, "2147483648"), .failure("dataCorrupted at ")
      ),
      (.plain(Double.self, "1e400"), .foundation(Double.self, "1e400"), .failure("dataCorrupted at ")),
      (.plain(Float.self, "1e39"), .foundation(Float.self, "1e39"), .failure("dataCorrupted at ")),
      (.plain(Double.self, "5"), .foundation(Double.self, "5"), .value("5.0")),
      (.plain(Bool.self, "\"true\""), .foundation(Bool.self, "\"true\""), .failure("typeMismatch(Bool) at ")),
      (.plain([Int?].self, "[1, null]"), .foundation([Int?].self, "[1, null]"), .value("[Optional(1), nil]")),
    ]
    for (plain, foundation, expected) in cases {
      #expect(plain == expected)
      #expect(plain == foundation)
    }
  }
}
