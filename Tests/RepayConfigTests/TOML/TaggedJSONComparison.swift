import Foundation
import RepayConfig

/// Compares a parsed document with the suite's expected "tagged JSON" (see the suite's README):
/// tables are objects, arrays are arrays, and every other value is `{"type": T, "value": V}`
/// with V a string.
///
/// Values are compared by meaning, as the suite's own runner does: `0xff` equals `255`, a float
/// by its value, a date-time by its normalized RFC 3339 text. The expected side is normalized
/// here with plain string rules, independent of the reader under test.
enum TaggedJSONComparison {
  /// nil when `value` matches `expected`, else where and how they differ.
  static func difference(_ value: TOMLValue, _ expected: Any, path: String = "") -> String? {
    switch value.kind {
    case .table(let table):
      guard let object = expected as? [String: Any] else { return "\(path): table, expected \(expected)" }
      let keys = Set(table.keys)
      guard keys == Set(object.keys) else {
        return "\(path): keys \(keys.sorted()), expected \(object.keys.sorted())"
      }
      for entry in table.entries {
        if let difference = difference(
          entry.value, object[entry.key.name]!, path: path + "." + entry.key.name)
        {
          return difference
        }
      }
      return nil
    case .array(let elements):
      guard let array = expected as? [Any] else { return "\(path): array, expected \(expected)" }
      guard elements.count == array.count else {
        return "\(path): \(elements.count) elements, expected \(array.count)"
      }
      for (index, (element, expectedElement)) in zip(elements, array).enumerated() {
        if let difference = difference(element, expectedElement, path: "\(path)[\(index)]") {
          return difference
        }
      }
      return nil
    default:
      guard let tagged = expected as? [String: Any], tagged.count == 2,
        let type = tagged["type"] as? String, let text = tagged["value"] as? String
      else { return "\(path): \(value.kind), expected \(expected)" }
      return scalarMatches(value.kind, type: type, text: text)
        ? nil : "\(path): \(value.kind), expected \(type) \(text)"
    }
  }

  private static func scalarMatches(_ kind: TOMLValue.Kind, type: String, text: String) -> Bool {
    switch (kind, type) {
    case (.string(let string), "string"):
      return string == text
    case (.integer(let integer), "integer"):
      return Int64(text) == integer
    case (.float(let float), "float"):
      switch text {
      case "nan", "+nan", "-nan": return float.isNaN
      case "inf", "+inf": return float == .infinity
      case "-inf": return float == -.infinity
      default: return Double(text) == float
      }
    case (.boolean(let boolean), "bool"):
      return String(boolean) == text
    case (.offsetDateTime(let dateTime), "datetime"):
      return dateTime.description == normalizedDateTime(text)
    case (.localDateTime(let dateTime), "datetime-local"):
      return dateTime.description == normalizedDateTime(text)
    case (.localDate(let date), "date-local"):
      return date.description == text
    case (.localTime(let time), "time-local"):
      return time.description == normalizedDateTime(text)
    default:
      return false
    }
  }

  /// RFC 3339 text in the one form `description` writes: `T` and `Z` upper-case, a zero
  /// offset as `Z`, no trailing zeros in the fraction.
  private static func normalizedDateTime(_ text: String) -> String {
    var text = text.uppercased().replacingOccurrences(of: " ", with: "T")
    for zero in ["+00:00", "-00:00"] where text.hasSuffix(zero) {
      text = String(text.dropLast(zero.count)) + "Z"
    }
    guard let dot = text.firstIndex(of: ".") else { return text }
    let fractionEnd = text[dot...].dropFirst().firstIndex { !$0.isNumber } ?? text.endIndex
    var fraction = String(text[text.index(after: dot)..<fractionEnd])
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return String(text[..<dot]) + (fraction.isEmpty ? "" : "." + fraction) + String(text[fractionEnd...])
  }
}
