extension Control {
  /// One finding in a configuration file: PATH:LINE:COLUMN, 1-based, the column counted in Unicode scalars.
  public struct Diagnostic: Codable, Hashable, Sendable {
    /// The file as the user named it.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int
    /// Error or warning.
    public var severity: Control.Diagnostic.Severity
    /// In the daemon's language.
    public var message: String

    /// A value with these fields.
    public init(file: String, line: Int, column: Int, severity: Control.Diagnostic.Severity, message: String)
    {
      self.file = file
      self.line = line
      self.column = column
      self.severity = severity
      self.message = message
    }
  }
}

extension Control.Diagnostic {
  /// How serious a finding is.
  public enum Severity: String, Codable, Hashable, Sendable, CaseIterable {
    /// The configuration cannot be used.
    case error
    /// The configuration can be used, but probably does not say what was meant.
    case warning
  }
}
