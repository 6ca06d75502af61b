#if canImport(Glibc)
  import Glibc
#endif

/// Colour and emphasis for people: only when standard output is a terminal that is not `dumb`
/// and `NO_COLOR` is unset or empty (no-color.org), so that files, pipes and scripts get plain
/// text.
public enum Emphasis: Sendable {
  /// Headings.
  case bold
  /// What is overdue or failed.
  case alarm
  /// What is due today or soon.
  case warning
  /// What is settled or succeeded.
  case good
  /// Secondary details.
  case faint
  /// What is due now, more pressing than `warning`.
  case urgent
  /// What the eye should find first, such as today in a calendar: reverse video.
  case highlight
  /// Public holidays, days off.
  case dayOff
  /// Weekend days worked to make up for a holiday (China's 调休).
  case makeUpWorkday

  /// Whether this run writes escape sequences.
  public static let enabled: Bool = {
    let environment = Invocation.environment
    return isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
  }()

  /// `text` wrapped in this emphasis when emphasis is enabled, else `text` as it is.
  public func apply(_ text: String) -> String {
    Self.apply([self], to: text, enabled: Self.enabled)
  }

  /// `text` wrapped in all of `emphases` at once when `enabled` and there is something to wrap,
  /// else `text` as it is: for output whose caller decided about colour (a pure renderer).
  public static func apply(_ emphases: [Emphasis], to text: String, enabled: Bool) -> String {
    guard enabled, !text.isEmpty, !emphases.isEmpty else { return text }
    return "\u{1B}[" + emphases.map(\.code).joined(separator: ";") + "m" + text + "\u{1B}[0m"
  }

  private var code: String {
    switch self {
    case .bold: "1"
    case .alarm: "1;31"
    case .warning: "33"
    case .good: "32"
    case .faint: "2"
    case .urgent: "1;33"
    case .highlight: "7"
    case .dayOff: "36"
    case .makeUpWorkday: "35"
    }
  }
}
