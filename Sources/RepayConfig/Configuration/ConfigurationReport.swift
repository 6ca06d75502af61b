import RepayCore

/// The outcome of reading a configuration: the configuration when it has no error, and every
/// diagnostic (errors and warnings) in the order of the files.
public struct ConfigurationReport: Sendable {
  /// The configuration, or nil when any diagnostic is an error.
  public var configuration: Configuration?
  /// Every error and warning found.
  public var diagnostics: [Diagnostic]
  /// The files read, in order; empty when they could not be found or were not read from disk.
  public var files: [String]

  /// A report with these parts.
  public init(configuration: Configuration?, diagnostics: [Diagnostic], files: [String] = []) {
    self.configuration = configuration
    self.diagnostics = diagnostics
    self.files = files
  }
}
