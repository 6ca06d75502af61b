import RepayCore

/// The buttons of an occurrence's desktop notification: their keys, stable ASCII that the server
/// sends back in `ActionInvoked`, and their labels in the configured language.
public enum DesktopActionKey: String, Hashable, Sendable, CaseIterable {
  /// The instalment was paid.
  case paid = "paid"
  /// Remind again in a day.
  case snoozeOneDay = "snooze-1d"
  /// Show what is known about the loan and the occurrence.
  case details = "details"

  /// The button's label in `language`.
  public func label(in language: Language) -> String {
    switch self {
    case .paid: language.text(en: "Paid", zh: "已还款")
    case .snoozeOneDay: language.text(en: "Snooze 1 day", zh: "推迟 1 天")
    case .details: language.text(en: "Details", zh: "详情")
    }
  }
}
