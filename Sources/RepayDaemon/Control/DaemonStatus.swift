import ControlInterface
import RepayConfig
import RepayControl
import RepayCore

/// What the state owner knows about itself for `GetStatus` and `Reload`: when it started, the
/// configuration in force and where it came from (or that none was found), how the last reload
/// went.
struct DaemonStatus: Sendable {
  /// The instant repayd started, microseconds since 1970.
  let startedAt: Int64
  /// The configuration in force.
  var configuration: Configuration
  /// The files it was read from; empty for the demo household.
  var files: [String]
  /// Whether it is the demo household.
  let demo: Bool
  /// When it was read, microseconds since 1970.
  var loadedAt: Int64
  /// Its warnings.
  var warnings: [Diagnostic]
  /// How the last reload went; nil before the first.
  var lastReload: Control.ReloadResult?
  /// The configuration the start did not find at the default place, until a reload reads one.
  var missing: MissingConfiguration? = nil

  /// The configuration in force as `io.repayd.Control` describes it.
  var configurationRecord: Control.Configuration {
    Control.Configuration(
      files: files, demo: demo, timezone: configuration.zone.identifier, loans: configuration.loans.count,
      reminders: configuration.reminders.count, loadedAt: InstantText.format(microseconds: loadedAt),
      warnings: warnings.map(Control.Diagnostic.init), missingFile: missing?.file)
  }

  /// Records a reload at `now` that read `report`: its configuration, when valid, is now in
  /// force. Returns the reply to a `Reload` call.
  mutating func reloaded(_ report: ConfigurationReport, now: Int64) -> ReloadOutcome {
    let diagnostics = report.diagnostics.map(Control.Diagnostic.init)
    lastReload = Control.ReloadResult(
      at: InstantText.format(microseconds: now), succeeded: report.configuration != nil,
      diagnostics: diagnostics)
    guard let configuration = report.configuration else {
      return .failure(.configInvalid(diagnostics: diagnostics))
    }
    self.configuration = configuration
    files = report.files
    loadedAt = now
    warnings = report.diagnostics
    missing = nil
    return .success(Control.ReloadReply(configuration: configurationRecord))
  }
}

extension Control.Diagnostic {
  /// The wire form of a finding.
  init(_ diagnostic: Diagnostic) {
    self.init(
      file: diagnostic.location.file, line: diagnostic.location.line, column: diagnostic.location.column,
      severity: diagnostic.severity == .error ? .error : .warning, message: diagnostic.message)
  }
}
