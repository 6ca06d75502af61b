import ControlInterface
import RepayConfig
import RepayCore

/// What human output is written with: the user's language, the daemon's zone (due dates are
/// local to it, so "today" and local times are too), now, and the terminal's width.
public struct Display {
  /// The language it writes in: the user's, unless another was asked for.
  public let language: Language
  /// The configuration's zone; nil when this machine's zone files lack it (times are then
  /// shown in UTC).
  public let zone: TimeZoneRules?
  /// Now, microseconds since 1970.
  public let now = Invocation.currentMicroseconds()
  /// The width tables are fitted to; nil for no limit.
  public let width = TerminalWidth.standardOutput()

  /// The display for the zone named `timezone`, in `language` (a document written for someone
  /// else may be wanted in their language, and tests write both).
  public init(timezone: String, language: Language = Invocation.language) {
    self.language = language
    zone = try? SystemTimeZone.rules(for: timezone, environment: Invocation.environment)
  }

  /// Today in the zone.
  public var today: LocalDate { Self.localDate(at: now, in: zone) }

  /// The date of `microseconds` since 1970 in `zone`, or in UTC when it is nil.
  public static func localDate(at microseconds: Int64, in zone: TimeZoneRules?) -> LocalDate {
    let seconds = Int64(CivilCalendar.floorDivision(Int(microseconds), 1_000_000).quotient)
    return zone?.localDate(at: seconds)
      ?? LocalDate(
        daysSinceEpoch: CivilCalendar.floorDivision(Int(seconds), CivilCalendar.secondsPerDay).quotient)
  }

  /// `en` or `zh`, whichever the user's language is.
  public func text(en: String, zh: String) -> String { language.text(en: en, zh: zh) }

  /// A decimal amount with its currency's symbol, thousands grouped: `¥1,250.00`.
  public func money(_ amount: String, _ currency: String) -> String {
    guard let code = Currency(code: currency), let money = try? Money(parsing: amount, currency: code) else {
      return amount + " " + currency
    }
    return money.displayText
  }

  /// An RFC 3339 instant as local date and time, `2026-12-03 09:30`; as it came when unreadable.
  public func time(_ instant: String) -> String {
    guard let microseconds = InstantText.parse(instant) else { return instant }
    let seconds = Int64(CivilCalendar.floorDivision(Int(microseconds), 1_000_000).quotient)
    guard let zone else { return instant }
    let (date, time) = zone.localTime(at: seconds)
    return "\(date) \(time)"
  }

  /// An instant with how far away it is, as `RelativeTime.instant` says it:
  /// `2026-12-03 09:30 (in 2 days)`.
  public func timeWithDistance(_ instant: String) -> String {
    guard let microseconds = InstantText.parse(instant) else { return instant }
    let distance = RelativeTime.instant(microseconds, from: now, zone: zone, in: language)
    return time(instant) + text(en: " (\(distance))", zh: "（\(distance)）")
  }

  /// A due date's distance from today, for an unpaid date: "in 3 days", "overdue 2 days".
  public func due(_ date: String) -> String {
    LocalDate(parsing: date).map { RelativeTime.due($0, from: today, in: language) } ?? ""
  }

  /// A stage's name in the user's language.
  public func stage(_ stage: Stage) -> String {
    StageText.name(stage, in: language)
  }

  /// A reminder named by its stage and offset in the user's language, as `StageText.reminder`.
  public func stage(_ stage: Stage, offset: ReminderOffset?) -> String {
    StageText.reminder(stage, offset: offset, in: language)
  }

  /// A title line in bold, followed by a newline.
  public func heading(_ title: String) -> String {
    Emphasis.bold.apply(title) + "\n"
  }

  /// A table fitted to the width.
  public func table(_ table: TextTable) -> String {
    table.text(width: width)
  }

  /// `items` joined by " · " on lines indented by two spaces, each ending in a newline; a new
  /// line begins before an item that would pass the width (an item wider than that stays whole
  /// on a line of its own), so that the terminal never breaks one in the middle.
  public func items(_ items: [String]) -> String {
    Self.items(items, width: width)
  }

  /// `items` laid out as `items(_:)` does, for `width` columns (nil: no limit); escape sequences
  /// of emphasis take no columns.
  public static func items(_ items: [String], width: Int?) -> String {
    var lines: [String] = []
    for item in items {
      if let last = lines.last, width.map({ TerminalWidth.columns(last + " · " + item) <= $0 }) ?? true {
        lines[lines.count - 1] = last + " · " + item
      } else {
        lines.append("  " + item)
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }
}
