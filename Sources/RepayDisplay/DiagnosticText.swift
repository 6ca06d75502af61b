import ControlInterface

/// A finding of the daemon's configuration in the fixed form `PATH:LINE:COLUMN: error: MESSAGE`,
/// as `repayctl check` prints its own.
public enum DiagnosticText {
  /// The one line of `diagnostic`.
  public static func line(_ diagnostic: Control.Diagnostic) -> String {
    "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
  }
}
