import Foundation

/// The one part of `repayctl status` that moves between two calls a moment apart, taken out so
/// that two outputs can be compared whole.
enum StatusUptime {
  /// `text` (for people, English or Chinese) with the uptime ("up 3 s", "已运行 1 min 2 s") as
  /// `UPTIME`.
  static func removed(from text: String) -> String {
    text.replacing(#/(up|已运行) [0-9]+ [^ ,，(（]+( [0-9]+ [^ ,，(（]+)?/#, with: "UPTIME")
  }

  /// A JSON reply's object without `uptime_seconds`.
  static func removed(fromJSON text: String) throws -> NSDictionary? {
    guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
      return nil
    }
    return NSDictionary(dictionary: object.filter { $0.key != "uptime_seconds" })
  }
}
