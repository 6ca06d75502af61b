import ArgumentParser
import ControlInterface
import Foundation
import RepayConfig
import RepayControl
import RepayCore
import RepayDisplay

/// `repayctl calendar [YYYY-MM] [--months N] [--config PATH]`: the month grid in the terminal,
/// due days marked by state, holidays and make-up working days, today highlighted, a legend and
/// each month's totals.
struct CalendarCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "calendar",
      abstract: Invocation.text(
        en: "Show the month at a glance: what falls due on which day.", zh: "按月查看：哪天有哪些款项到期。"),
      discussion: Invocation.text(
        en: """
          Draws the month (this month unless YYYY-MM is given) as a grid, Monday first (Sunday \
          first under an en_US locale). Each day something falls due on is marked by how it \
          stands: ✓ paid, + due later, ~ due soon (its advance reminders have begun), * due \
          today or in its grace days, ! overdue; with the amount when the cells are wide \
          enough. Public holidays (H) and make-up working days (W) come from the configured \
          holiday calendars; today is highlighted, or bracketed without colour. Under each \
          month: what falls due in it and what is still unpaid, per currency.

          With --config, or when the daemon does not answer, the calendar is drawn from the \
          configuration alone (paid_through counts as paid); otherwise the daemon's payments \
          and agreements count, with holidays and reminders from the configuration files it \
          was started with. Colour only on a terminal without NO_COLOR.

          Examples:
            repayctl calendar
            repayctl calendar 2026-02
            repayctl calendar 2026-01 --months 3 --config config/repayd.toml
          """,
        zh: """
          以网格显示一个月（默认本月，或指定 YYYY-MM），周一在前（en_US 区域设置下周日在前）。\
          有款项到期的日子按状态标记：✓ 已还，+ 待还，~ 即将到期（已在提前提醒期内），\
          * 今日应还或在宽限期内，! 逾期；格子够宽时显示金额。法定节假日（休）和调休上班日（班）\
          来自配置的节假日日历；今天高亮显示，无颜色时加方括号。每月下方列出当月应还和未还金额（按币种）。

          指定 --config 或守护进程无响应时，仅按配置绘制（paid_through 之前视为已还）；\
          否则计入守护进程记录的还款和协商协议，节假日和提醒取自它启动时读取的配置文件。\
          只有在终端上且未设置 NO_COLOR 时才使用颜色。

          示例：
            repayctl calendar
            repayctl calendar 2026-02
            repayctl calendar 2026-01 --months 3 --config config/repayd.toml
          """))
  }

  @Argument(
    help: ArgumentHelp(
      Invocation.text(en: "The first month, YYYY-MM (default: this month).", zh: "起始月份 YYYY-MM（默认：本月）。"),
      valueName: "month"))
  var month: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "How many months to show, 1 to 12.", zh: "显示的月数，1 到 12。"), valueName: "n"))
  var months = 1

  @OptionGroup var config: ConfigOptions

  @OptionGroup var target: AddressOption

  func validate() throws {
    guard (1...12).contains(months) else {
      throw ValidationError(
        Invocation.text(en: "--months must be between 1 and 12.", zh: "--months 必须在 1 到 12 之间。"))
    }
    if let month, CalendarMonth(parsing: month) == nil {
      throw ValidationError(
        Invocation.text(
          en: "'\(month)' is not a month; write YYYY-MM, such as 2026-02.",
          zh: "'\(month)' 不是月份；请写成 YYYY-MM，例如 2026-02。"))
    }
  }

  func run() throws {
    let now = Invocation.currentMicroseconds()
    if config.path == nil, let daemon = try daemonCalendar(now: now) {
      StandardOutput.show(daemon.text, terminator: "")
      return
    }
    let report = config.read()
    for diagnostic in report.diagnostics { Invocation.printError(diagnostic.description) }
    guard let configuration = report.configuration else { throw ExitCode(ExitStatus.failure) }
    let today = configuration.zone.localDate(at: now / 1_000_000)
    let first = firstMonth(today: today)
    let dues = CalendarDue.scheduled(
      in: configuration, from: first.firstDay, to: first.advanced(by: months).firstDay, today: today)
    StandardOutput.show(
      view(first: first, today: today, dues: dues, holidays: configuration.holidays).text, terminator: "")
  }

  /// The calendar from the running daemon (its payments and agreements count), with holidays
  /// and advance windows from the configuration files it was started with; nil when it does not
  /// answer.
  private func daemonCalendar(now: Int64) throws -> CalendarView? {
    let address = target.chosenAddress ?? .standard(environment: ProcessInfo.processInfo.environment)
    do {
      let client = try ControlClient(address: address)
      let status = try client.call(Control.GetStatusRequest()).configuration
      let display = Display(timezone: status.timezone)
      let first = firstMonth(today: display.today)
      let end = first.advanced(by: months).firstDay
      let reply = try client.call(
        Control.ListOccurrencesRequest(
          from: first.firstDay.description, days: first.firstDay.distance(to: end)))
      let configuration = daemonConfiguration(status, zone: display.zone, now: now)
      let windows = Dictionary(
        (configuration?.loans ?? []).map { ($0.id, $0.reminders.advanceDays) },
        uniquingKeysWith: { first, _ in first })
      let dues = reply.occurrences.compactMap {
        CalendarDue($0, today: display.today, advanceDays: windows[$0.loan] ?? 0)
      }
      return view(
        first: first, today: display.today, dues: dues, holidays: configuration?.holidays ?? .init())
    } catch .unreachable {
      return nil
    } catch {
      throw DaemonConnection.report(error, json: false)
    }
  }

  /// The configuration the daemon was started with, read again from its files (or the demo
  /// household's, placed now): the daemon's replies carry neither holidays nor reminder
  /// settings. Nil, after saying why, when it cannot be read.
  private func daemonConfiguration(_ status: Control.Configuration, zone: TimeZoneRules?, now: Int64)
    -> Configuration?
  {
    var sources: [(path: String, bytes: [UInt8])] = []
    if status.demo, let zone {
      sources = [("demo.toml", Array(DemoHousehold.configuration(at: now / 1_000_000, zone: zone).utf8))]
    }
    for path in status.files {
      do {
        sources.append((path, try SourceFile.read(path)))
      } catch {
        Invocation.printError(error.diagnostic(in: Invocation.language).description)
        return nil
      }
    }
    let report = ConfigurationReader.read(
      sources, environment: ProcessInfo.processInfo.environment, language: Invocation.language)
    if report.configuration == nil {
      for diagnostic in report.diagnostics { Invocation.printError(diagnostic.description) }
    }
    return report.configuration
  }

  /// The first month shown: the one given, else this one.
  private func firstMonth(today: LocalDate) -> CalendarMonth {
    month.flatMap(CalendarMonth.init(parsing:)) ?? CalendarMonth(containing: today)
  }

  /// The view of the months from `first` on, for this terminal and locale.
  private func view(first: CalendarMonth, today: LocalDate, dues: [CalendarDue], holidays: HolidayCalendar)
    -> CalendarView
  {
    CalendarView(
      months: (0..<months).map { first.advanced(by: $0) }, today: today,
      firstWeekday: FirstWeekday(localeEnvironment: Invocation.environment), language: Invocation.language,
      colour: Emphasis.enabled, width: TerminalWidth.standardOutput(), dues: dues, holidays: holidays)
  }
}
