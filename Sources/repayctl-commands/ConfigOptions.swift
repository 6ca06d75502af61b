import ArgumentParser
import Foundation
import RepayConfig
import RepayCore
import RepayDisplay

/// `--config PATH`, shared by the commands that read the configuration themselves.
struct ConfigOptions: ParsableArguments {
  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      Invocation.text(
        en: "A configuration file, or a directory holding repayd.toml and loans.d/*.toml "
          + "(default: $XDG_CONFIG_HOME/repayd).",
        zh: "配置文件，或包含 repayd.toml 和 loans.d/*.toml 的目录（默认：$XDG_CONFIG_HOME/repayd）。"),
      valueName: "path"))
  var path: String?

  /// Reads the configuration, as `repayctl check` reports it.
  func read() -> ConfigurationReport {
    ConfigurationReader.read(
      configPath: path, environment: ProcessInfo.processInfo.environment, language: Invocation.language)
  }
}
