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

  /// Whether this run writes escape sequences.
  public static let enabled: Bool = {
    let environment = Invocation.environment
    return isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
  }()

  /// `text` wrapped in this emphasis when emphasis is enabled, else `text` as it is.
  public func apply(_ text: String) -> String {
    guard Self.enabled, !text.isEmpty else { return text }
    return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
  }

  private var code: String {
    switch self {
    case .bold: "1"
    case .alarm: "1;31"
    case .warning: "33"
    case .good: "32"
    case .faint: "2"
    }
  }
}
