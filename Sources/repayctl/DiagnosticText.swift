import RepayControl

/// A finding of the daemon's configuration in the fixed form `PATH:LINE:COLUMN: error: MESSAGE`,
/// as `repayctl check` prints its own.
enum DiagnosticText {
  /// The one line of `diagnostic`.
  static func line(_ diagnostic: Control.Diagnostic) -> String {
    "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
  }
}
