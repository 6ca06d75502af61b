import ArgumentParser
import Logging

/// The values of `--log-level`: swift-log's levels by their names.
enum LogLevelOption: String, CaseIterable, ExpressibleByArgument {
  case trace, debug, info, notice, warning, error, critical

  /// The swift-log level of the same name.
  var level: Logger.Level { Logger.Level(rawValue: rawValue)! }
}
