import RepayCore
import Systemd

extension NotificationRequest {
  /// The application name repayd's notifications carry.
  static let repaydAppName = "repayd"

  /// The notification that shows `notice` in `language` on a server with `capabilities`, in
  /// place of the notification `id` (0 for a new one): the notice's title as the summary, its
  /// body (escaped for markup when the server lists `body-markup`, since a loan's name or a
  /// platform may hold `&` or `<`), the urgency of the design brief's table (the notice's), an
  /// icon for the stage, and, when the server lists `actions`, the buttons that fit the stage.
  /// The server's default decides when it expires. A NUL (which a name or a note may hold) is
  /// sent as its picture "␀": a D-Bus string ends at NUL, and the rest of the text would be lost.
  init(notice: Notice, language: Language, capabilities: [String], replacing id: UInt32) {
    let markup = capabilities.contains("body-markup")
    let actions = capabilities.contains("actions") ? Self.actions(for: notice) : []
    let body = Self.withoutNUL(notice.body)
    self.init(
      appName: Self.repaydAppName, replacesID: id, icon: Self.icon(for: notice),
      summary: Self.withoutNUL(notice.title), body: markup ? Self.escapingMarkup(body) : body,
      actions: actions.map { NotificationAction(key: $0.rawValue, label: $0.label(in: language)) },
      urgency: UInt8(notice.urgency.rawValue), expireTimeout: -1)
  }

  /// The buttons of `notice`'s stage: an occurrence still to pay can be paid or snoozed, a
  /// settled one only looked at; a reminder or a summary concerns no one occurrence.
  private static func actions(for notice: Notice) -> [DesktopActionKey] {
    guard case .occurrence = DesktopSlot(notice) else { return [] }
    switch notice.stage {
    case .advance, .due, .overdue: return [.paid, .snoozeOneDay, .details]
    case .settled: return [.details]
    case .summary, .reminder: return []
    }
  }

  /// An icon name of the freedesktop icon naming specification for the stage (and for a
  /// summary, for its urgency).
  private static func icon(for notice: Notice) -> String {
    switch (notice.stage, notice.urgency) {
    case (.advance, _), (.reminder, _): "appointment-soon"
    case (.due, _), (.summary, .normal): "dialog-warning"
    case (.overdue, _), (.summary, .critical): "dialog-error"
    case (.settled, _): "emblem-default"
    case (.summary, .low): "dialog-information"
    }
  }

  /// `text` with each NUL replaced by its picture.
  private static func withoutNUL(_ text: String) -> String {
    text.contains("\u{00}") ? text.replacing("\u{00}", with: "\u{2400}") : text
  }

  /// `text` with the three characters that markup gives a meaning escaped.
  static func escapingMarkup(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
