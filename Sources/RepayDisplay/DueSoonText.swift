import ControlInterface

/// The one line that says what falls due soon, as `status` and `upcoming` show it: "3 due in the
/// next 7 days: ¥4,320.00", the amounts still unpaid per currency joined with " + ".
public enum DueSoonText {
  /// The line for `dueSoon`, without a line break.
  public static func line(_ dueSoon: Control.DueSoon, _ display: Display) -> String {
    guard dueSoon.count > 0 else {
      return display.text(
        en: "nothing due in the next \(dueSoon.days) days", zh: "未来 \(dueSoon.days) 天内没有到期的款项")
    }
    let total = dueSoon.total.map { display.money($0.amount, $0.currency) }.joined(separator: " + ")
    return display.text(
      en: "\(dueSoon.count) due in the next \(dueSoon.days) days: \(total)",
      zh: "未来 \(dueSoon.days) 天内到期 \(dueSoon.count) 笔：\(total)")
  }
}
