import RepayCore

/// Collects the diagnostics of one reading of a configuration, so that every fault is
/// reported at once rather than the first alone.
final class DiagnosticLog {
  /// The language of the messages.
  let language: Language
  /// What was found so far, in the order found.
  private(set) var items: [Diagnostic] = []
  /// The bytes of each file read, to find a place inside a string value; split into lines only
  /// when a fault needs one.
  private var texts: [String: [UInt8]] = [:]

  /// An empty log for messages in `language`.
  init(language: Language) {
    self.language = language
  }

  /// Records an error at `location`.
  func error(_ problem: ConfigProblem, at location: SourceLocation) {
    items.append(Diagnostic(.error, at: location, problem.message(in: language)))
  }

  /// Records a warning at `location`.
  func warning(_ problem: ConfigProblem, at location: SourceLocation) {
    items.append(Diagnostic(.warning, at: location, problem.message(in: language)))
  }

  /// Records a diagnostic made elsewhere (a TOML syntax error, a holiday file's fault).
  func append(_ diagnostic: Diagnostic) {
    items.append(diagnostic)
  }

  /// Records an error at `location` with a message made elsewhere.
  func error(_ message: String, at location: SourceLocation) {
    items.append(Diagnostic(.error, at: location, message))
  }

  /// Keeps the text of `file`, so that faults inside its strings can be placed exactly.
  func keepText(_ bytes: [UInt8], of file: String) {
    texts[file] = bytes
  }

  /// The place of the `column`-th character (1-based) of the string `value` holds: inside the
  /// quotes when the string is written on one line without escapes, so that the text in the
  /// file is the value itself; else the start of the value, which is then the best place.
  func location(inside value: TOMLValue, column: Int) -> SourceLocation {
    guard case .string(let string) = value.kind, let bytes = texts[value.location.file],
      let line = bytes.split(
        separator: UInt8(ascii: "\n"), maxSplits: value.location.line, omittingEmptySubsequences: false
      )
      .dropFirst(value.location.line - 1).first
    else { return value.location }
    let written = String(decoding: line, as: UTF8.self).unicodeScalars.dropFirst(value.location.column - 1)
    guard let quote = written.first, quote == "\"" || quote == "'",
      written.dropFirst().starts(with: string.unicodeScalars),
      written.dropFirst(string.unicodeScalars.count + 1).first == quote
    else { return value.location }
    var location = value.location
    location.column += column
    return location
  }

  /// Whether an error (not only warnings) was recorded.
  var hasErrors: Bool { items.contains { $0.severity == .error } }
}
