import ArgumentParser
import Foundation
import RepayConfig
import RepayCore

/// The two steps of the schedule benchmark that `repay-bench scale` also times, done as repayd
/// does them: read and check a configuration, and expand its schedule.
enum ScheduleSteps {
  /// The configuration read and checked from `toml` (one file named `household.toml`); throws
  /// with the first problems when it is invalid.
  static func read(_ toml: [UInt8], environment: [String: String]) throws -> Configuration {
    try read([("household.toml", toml)], environment: environment)
  }

  /// The configuration read and checked from `files` (name and contents, in the order repayd
  /// reads them); throws with the first problems when it is invalid.
  static func read(_ files: [(name: String, bytes: [UInt8])], environment: [String: String]) throws
    -> Configuration
  {
    let report = ConfigurationReader.read(
      files.map { ($0.name, $0.bytes) }, environment: environment, language: .english)
    guard let configuration = report.configuration else {
      throw ValidationError("the generated configuration is invalid: \(report.diagnostics.prefix(3))")
    }
    return configuration
  }

  /// The schedule of `configuration` over `days` days from `from`.
  static func expand(_ configuration: Configuration, from: LocalDate, days: Int) -> ScheduleWindow {
    RepaymentSchedule(configuration: configuration).occurrences(from: from, days: days)
  }

  /// The wall time of `body`, in milliseconds.
  static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
  }
}
