/// A number of things in English, the noun in the singular for exactly one: "1 reminder",
/// "0 reminders", "2 reminders". (Chinese has no plural: its texts write the number as it is.)
public enum EnglishCount {
  /// `count` and the noun, `plural` (by default the singular with an "s") unless `count` is 1.
  public static func text(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
  }
}
