import ArgumentParser
import RepayConfig
import RepayCore
import RepayDisplay

/// `repayctl schedule [--config PATH] [--from DATE] [--days N] [--json]`: what falls due in a
/// window of days and when each reminder fires, computed from the configuration alone (no
/// daemon needed). `--json` prints the shape the design brief fixes.
struct ScheduleCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "schedule",
      abstract: Invocation.text(
        en: "Show what falls due and when each reminder fires.",
        zh: "显示哪些款项到期，以及每条提醒的触发时间。"),
      discussion: Invocation.text(
        en: """
          Lists the unpaid instalments whose due date (after the business-day rule) lies in \
          [from, from + days), each with all its reminder times, and the free-standing \
          reminders in that window. Times are local to the configured zone; --json gives \
          instants in UTC. Exit status 1 if the configuration has an error (printed as by \
          repayctl check).

          Examples:
            repayctl schedule
            repayctl schedule --from 2026-12-01 --days 90
            repayctl schedule --config config/repayd.toml --json
          """,
        zh: """
          列出到期日（按工作日规则调整后）落在 [from, from + days) 内的未还分期及其全部提醒时间，\
          以及该时段内的独立提醒。时间为配置时区的本地时间；--json 以 UTC 时刻输出。\
          配置有错误时退出状态为 1（错误按 repayctl check 的格式打印）。

          示例：
            repayctl schedule
            repayctl schedule --from 2026-12-01 --days 90
            repayctl schedule --config config/repayd.toml --json
          """))
  }

  @OptionGroup var config: ConfigOptions

  @OptionGroup var windowStart: WindowStartOption

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "How many days to show, 1 to 3660.", zh: "显示的天数，1 到 3660。"), valueName: "n"))
  var days = 30

  @Flag(help: ArgumentHelp(Invocation.text(en: "Print JSON.", zh: "输出 JSON。")))
  var json = false

  func validate() throws {
    try WindowStartOption.validate(days: days)
  }

  func run() throws {
    let report = config.read()
    for diagnostic in report.diagnostics { Invocation.printError(diagnostic.description) }
    guard let configuration = report.configuration else { throw ExitCode(ExitStatus.failure) }
    let now = Invocation.currentMicroseconds()
    let today = configuration.zone.localDate(at: now / 1_000_000)
    let start = windowStart.date ?? today
    let schedule = RepaymentSchedule(configuration: configuration)
    let window = schedule.occurrences(from: start, days: days)
    let reminders = schedule.reminders(from: start, days: days)
    if json {
      StandardOutput.write(
        ScheduleJSON.text(
          zone: configuration.zone.identifier, from: start, days: days, window: window,
          reminders: reminders))
    } else {
      StandardOutput.show(
        ScheduleTable(
          configuration: configuration, now: now, today: today, language: Invocation.language,
          width: TerminalWidth.standardOutput()
        )
        .text(
          from: start, days: days, window: window, reminders: reminders),
        terminator: "")
    }
  }
}
