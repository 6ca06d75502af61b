import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl reload`: has the daemon read its configuration again; when the new one is invalid,
/// prints each finding as `PATH:LINE:COLUMN: error: MESSAGE` and exits 1 (the one before stays
/// in force).
struct ReloadCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "reload",
      abstract: Invocation.text(en: "Have the daemon read its configuration again.", zh: "让守护进程重新读取配置。"),
      discussion: Invocation.text(
        en: """
          Like systemctl --user reload repayd, but waits for the result: when the configuration \
          has errors, each is printed as PATH:LINE:COLUMN: error: MESSAGE on standard error, \
          the configuration before stays in force, and the exit status is 1.

          Examples:
            repayctl reload
            repayctl check && repayctl reload
          """,
        zh: """
          与 systemctl --user reload repayd 相同，但会等待结果：配置有错误时，每个错误以 \
          PATH:LINE:COLUMN: error: MESSAGE 的格式打印到标准错误，仍沿用之前的配置，退出状态为 1。

          示例：
            repayctl reload
            repayctl check && repayctl reload
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.ReloadRequest()) else { return }
    let configuration = reply.configuration
    let display = Display(timezone: configuration.timezone)
    for warning in configuration.warnings { Invocation.printError(DiagnosticText.line(warning)) }
    StandardOutput.show(
      display.text(
        en: "Reloaded: \(EnglishCount.text(configuration.loans, "loan")), "
          + "\(EnglishCount.text(configuration.reminders, "reminder")) (\(configuration.timezone)).",
        zh: "已重新加载：\(configuration.loans) 笔贷款，\(configuration.reminders) 条提醒（\(configuration.timezone)）。"))
  }
}
