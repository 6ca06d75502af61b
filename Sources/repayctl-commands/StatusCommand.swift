import ArgumentParser
import ControlInterface
import RepayControl
import RepayCore
import RepayDisplay

/// `repayctl status`: the daemon's version and uptime, the configuration in force and how the
/// last reload went, the next notice, and what is overdue.
struct StatusCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "status",
      abstract: Invocation.text(
        en: "Show the daemon's state: configuration, next reminder, what is overdue.",
        zh: "显示守护进程的状态：配置、下次提醒、逾期情况。"),
      discussion: Invocation.text(
        en: """
          Shows the version and uptime, the configuration in force and the result of the last \
          reload, the next reminder, and how many instalments are overdue with their total.

          Examples:
            repayctl status
            repayctl status --json
          """,
        zh: """
          显示版本和运行时长、正在使用的配置及上次重新加载的结果、下次提醒，以及逾期的分期数和总额。

          示例：
            repayctl status
            repayctl status --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let status = try connection.reply(Control.GetStatusRequest()) else { return }
    let display = Display(timezone: status.configuration.timezone)
    StandardOutput.show(StatusText.text(status, display), terminator: "")
    for warning in status.configuration.warnings { Invocation.printError(DiagnosticText.line(warning)) }
  }
}
