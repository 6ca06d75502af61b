import ArgumentParser
import Foundation
import RepayConfig
import RepayCore
import RepayDisplay

/// `repayctl check [--config PATH]`: every error and warning of a configuration at once, in the
/// fixed format `PATH:LINE:COLUMN: error: MESSAGE` on standard error, and a warning at each of
/// repayd's units in `~/.config/systemd/user/` that overrides a packaged one; exit 1 on any error.
struct CheckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "check",
      abstract: Invocation.text(
        en: "Check a configuration and report every problem in it.",
        zh: "检查配置，报告其中的所有问题。"),
      discussion: Invocation.text(
        en: """
          Prints each problem as PATH:LINE:COLUMN: error: MESSAGE (or warning:) on standard \
          error, columns counted in characters; prints nothing when all is well. Exit status 1 \
          if there is any error, else 0 (warnings alone do not fail). It also warns at repayd's \
          units in ~/.config/systemd/user/ that override packaged ones, and says how to remove them.

          Examples:
            repayctl check
            repayctl check --config ~/.config/repayd/repayd.toml
          """,
        zh: """
          在标准错误上以 PATH:LINE:COLUMN: error: MESSAGE（或 warning:）的格式打印每个问题，\
          列号按字符计；一切正常时不打印任何内容。有任何错误时退出状态为 1，否则为 0（只有警告不算失败）。\
          ~/.config/systemd/user/ 中的 repayd 单元覆盖了软件包安装的单元时，也会发出警告并说明如何删除。

          示例：
            repayctl check
            repayctl check --config ~/.config/repayd/repayd.toml
          """))
  }

  @OptionGroup var config: ConfigOptions

  func run() throws {
    let report = config.read()
    for diagnostic in report.diagnostics { Invocation.printError(diagnostic.description) }
    let units = ShadowingUnits.warnings(
      environment: ProcessInfo.processInfo.environment, language: Invocation.language)
    for warning in units { Invocation.printError(warning.description) }
    guard let configuration = report.configuration else { throw ExitCode(ExitStatus.failure) }
    let today = configuration.zone.localDate(at: Invocation.currentMicroseconds() / 1_000_000)
    for warning in HolidayCoverage.warnings(configuration, today: today, language: Invocation.language) {
      Invocation.printError(warning.description)
    }
  }
}
