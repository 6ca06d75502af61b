/// One finding about a file a user wrote: an error that makes it unusable, or a warning.
///
/// Rendered in the fixed format of the design brief, `PATH:LINE:COLUMN: error: MESSAGE` (or
/// `warning:`), the format compilers use, so that editors and scripts can jump to the place.
/// The words `error` and `warning` stay English in every language because tools match on them;
/// the message itself is already in the user's language.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Hashable {
    /// The file cannot be used as it is.
    case error
    /// The file can be used, but something in it is probably not what the user meant.
    case warning
  }

  /// Whether this is an error or a warning.
  public var severity: Severity
  /// Where the fault is.
  public var location: SourceLocation
  /// What is wrong and, where it helps, how to fix it, in the user's language.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// The one-line form: `PATH:LINE:COLUMN: error: MESSAGE`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The diagnostics of a file that cannot be used, all of them at once, so that a person can
/// fix every fault in one go.
public struct Diagnostics: Error, Hashable, Sendable {
  /// The diagnostics in the order of the file.
  public var items: [Diagnostic]

  /// Diagnostics to report.
  public init(_ items: [Diagnostic]) {
    self.items = items
  }
}
