import ArgumentParser
import Foundation
import Logging
import RepayConfig
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore
import Systemd

/// The steps of repayd's start that can fail, each with a message that says what and where, in
/// the user's language, on standard error and in the log; a failed step ends the start with
/// exit status 1.
struct Startup {
  /// The process's environment.
  let environment: [String: String]
  /// The daemon's log.
  let logger: Logger
  /// Whether the log goes to standard error (no journal runs), so that a failure is written
  /// there once.
  let loggingToStandardError: Bool

  /// The language of messages before the configuration says otherwise: the locale's.
  static let language = Language(localeEnvironment: ProcessEnvironment.current())

  /// `en` or `zh`, whichever the locale's language is.
  static func text(en: String, zh: String) -> String { language.text(en: en, zh: zh) }

  /// The report of reading the configuration at `path` (or the default place), which holds a
  /// configuration; or exit 1 after printing every diagnostic as `repayctl check` does.
  func configuration(path: String?) throws -> ConfigurationReport {
    let report = ConfigurationReader.read(configPath: path, environment: environment, language: Self.language)
    for diagnostic in report.diagnostics {
      fail(diagnostic.description, log: diagnostic.severity == .error ? .error : .warning)
    }
    guard report.configuration != nil else { throw ExitCode.failure }
    return report
  }

  /// The report of reading no file at all: an empty household in the system's zone, for a start
  /// that found no configuration at the default place.
  func emptyConfiguration() -> ConfigurationReport {
    ConfigurationReader.read([], environment: environment, language: Self.language)
  }

  /// The report of reading the demo household placed at `now` (microseconds since 1970) in the
  /// system's zone, which holds a configuration and names no file.
  func demoConfiguration(at now: Int64) throws -> ConfigurationReport {
    let zone: TimeZoneRules
    do {
      zone = try SystemTimeZone.current(environment: environment)
    } catch {
      fail("repayd: " + error.message(in: Self.language))
      throw ExitCode.failure
    }
    let text = DemoHousehold.configuration(at: now / 1_000_000, zone: zone)
    let report = ConfigurationReader.read(
      [("seeds/demo.toml", Array(text.utf8))], environment: environment, language: Self.language)
    // The placed household is checked by the tests; a diagnostic here is a defect of repayd.
    for diagnostic in report.diagnostics { fail(diagnostic.description) }
    guard report.configuration != nil else { throw ExitCode.failure }
    return report
  }

  /// The state directory: `given`, else for the demo a new temporary directory (`temporary`
  /// true: removed at exit), else `$XDG_STATE_HOME/repayd`.
  func stateDirectory(given: String?, demo: Bool) throws -> (path: String, temporary: Bool) {
    if let given { return (given, false) }
    if demo {
      let path = FileManager.default.temporaryDirectory.appendingPathComponent(
        "repayd-demo-\(UUID().uuidString)"
      ).path
      return (path, true)
    }
    guard let path = StateLocation.defaultDirectory(environment: environment) else {
      fail(
        "repayd: "
          + Self.text(
            en: "no state directory: neither XDG_STATE_HOME nor HOME is set; pass --state-dir DIR",
            zh: "没有状态目录：XDG_STATE_HOME 和 HOME 都未设置；请用 --state-dir DIR 指定"))
      throw ExitCode.failure
    }
    return (path, false)
  }

  /// Where this instance's lock and control socket live: `$XDG_RUNTIME_DIR/repayd`, or the state
  /// directory for the demo (whose instances are one per state) and where no absolute
  /// `XDG_RUNTIME_DIR` is set. The lock makes the instance the only one there, so its socket is
  /// never another's.
  func instanceDirectory(stateDirectory: String, demo: Bool) -> String {
    let runtime = environment["XDG_RUNTIME_DIR"].flatMap { $0.hasPrefix("/") ? $0 + "/repayd" : nil }
    return demo ? stateDirectory : runtime ?? stateDirectory
  }

  /// Where the daemon's control socket listens (the demo's is a `DemoAddress`): the socket
  /// systemd passed (socket activation), else `control.sock` in the instance's directory.
  func controlSocket(stateDirectory: String) -> ControlListener {
    ControlListener.activated(
      environment: environment,
      otherwise: instanceDirectory(stateDirectory: stateDirectory, demo: false) + "/control.sock")
  }

  /// The lock that keeps a second daemon from running: in `$XDG_RUNTIME_DIR/repayd` (one per
  /// user), or for the demo and where no runtime directory is set, in the state directory (one
  /// per state). Exit 1 naming the holder when another process has it.
  func instanceLock(stateDirectory: String, demo: Bool) throws -> InstanceLock {
    let directory = instanceDirectory(stateDirectory: stateDirectory, demo: demo)
    do {
      if directory == stateDirectory { try StateLocation.makeDirectory(directory) }
      return try InstanceLock.acquire(directory: directory)
    } catch let error as InstanceLockError {
      fail("repayd: " + (Self.language == .english ? error.english : error.simplifiedChinese))
      throw ExitCode.failure
    } catch let error as StoreError {
      fail("repayd: " + error.message(in: Self.language))
      throw ExitCode.failure
    } catch {
      fail("repayd: \(error)")
      throw ExitCode.failure
    }
  }

  /// The state database in `directory`, or exit 1 naming the file and the problem.
  func openStore(in directory: String, language: Language) throws -> StateStore {
    do {
      return try StateStore(directory: directory)
    } catch {
      fail("repayd: " + error.message(in: language))
      throw ExitCode.failure
    }
  }

  /// The first start recorded in `store`, set to `now` when there is none or when `renewed`
  /// (the demo places its household anew at each start).
  func firstStart(of store: StateStore, now: Int64, renewed: Bool, language: Language) throws -> Int64 {
    do throws(StoreError) {
      if !renewed, let recorded = try store.instant(.firstStart) { return recorded }
      try store.setInstant(.firstStart, to: now)
      return now
    } catch {
      fail("repayd: " + error.message(in: language))
      throw ExitCode.failure
    }
  }

  /// Writes `message` to standard error, as it is (a diagnostic is `PATH:LINE:COLUMN: error:
  /// MESSAGE`, as `repayctl check` prints it), and to the journal when the log goes there.
  private func fail(_ message: String, log level: Logger.Level = .critical) {
    if !loggingToStandardError { logger.log(level: level, "\(message)") }
    StandardError.write(message + "\n")
  }
}
