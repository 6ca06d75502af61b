import ArgumentParser
import ControlInterface
import Foundation
import RepayControl
import RepayCore
import RepayDisplay

/// `repayctl export-ics [--config PATH] [--from DATE] [--days N] [-o FILE] [--no-alarms]`: the
/// occurrences of a window as an iCalendar (RFC 5545) file. From the running daemon, with
/// payments and agreements (Varlink `ExportCalendar`), unless `--config` is given or no daemon
/// answers; then from the configuration alone, every occurrence open and of sequence 0.
struct ExportICSCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export-ics",
      abstract: Invocation.text(
        en: "Export the due dates as an iCalendar file for calendar apps.",
        zh: "把还款日导出为日历应用可用的 iCalendar 文件。"),
      discussion: Invocation.text(
        en: """
          One all-day event per instalment whose due date lies in [from, from + days), with an \
          alarm at each advance and due reminder, and the free-standing reminders as timed \
          events. When the daemon answers (and no --config is given), paid instalments are \
          marked "Paid: ", those an agreement replaced are cancelled and the agreed ones are \
          their own events; else the file comes from the configuration alone. An event keeps \
          its UID across exports, so a calendar that imports the file again updates it. \
          --no-alarms leaves the alarms out, for calendars that ignore or repeat them on \
          subscribed files.

          Examples:
            repayctl export-ics -o repayd.ics
            repayctl export-ics --from 2027-01-01 --days 730 --no-alarms > repayd.ics
          """,
        zh: """
          到期日落在 [from, from + days) 内的每一期生成一个全天事件，每条提前提醒和到期提醒各带一个闹钟；\
          独立提醒生成带时间的事件。守护进程有应答（且未给出 --config）时，已还的一期标为“已还：”，\
          被协议取代的一期标为取消，协议约定的各期单独成事件；否则只按配置生成。\
          同一事件在多次导出中 UID 不变，日历再次导入时会更新它。--no-alarms 不写闹钟，\
          适合订阅文件时忽略或重复闹钟的日历。

          示例：
            repayctl export-ics -o repayd.ics
            repayctl export-ics --from 2027-01-01 --days 730 --no-alarms > repayd.ics
          """))
  }

  @OptionGroup var config: ConfigOptions

  @OptionGroup var windowStart: WindowStartOption

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "How many days to export, 1 to 3660.", zh: "导出的天数，1 到 3660。"), valueName: "n"))
  var days = 365

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      Invocation.text(en: "Write to FILE instead of standard output.", zh: "写入 FILE 而不是标准输出。"),
      valueName: "file"))
  var output: String?

  @Flag(help: ArgumentHelp(Invocation.text(en: "Leave out the alarms.", zh: "不写闹钟。")))
  var noAlarms = false

  @OptionGroup var daemon: AddressOption

  func validate() throws {
    try WindowStartOption.validate(days: days)
    if daemon.address != nil, config.path != nil {
      throw ValidationError(
        Invocation.text(
          en: "--address and --config exclude each other: --config exports without the daemon.",
          zh: "--address 与 --config 不能同时使用：--config 不经守护进程导出。"))
    }
  }

  func run() throws {
    let text = try fromDaemon() ?? offline()
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    try OutputFile.save(Array(text.utf8), to: output)
  }

  /// The daemon's export; nil when `--config` is given or no daemon answers at the address.
  private func fromDaemon() throws -> String? {
    // `validate()` has already refused an address of the wrong form.
    guard config.path == nil, let address = daemon.chosenAddress else { return nil }
    let client: ControlClient
    do {
      client = try ControlClient(address: address)
    } catch .unreachable {
      return nil
    } catch {
      throw DaemonConnection.report(error, json: false)
    }
    do {
      return try client.call(
        Control.ExportCalendarRequest(from: windowStart.from, days: days, alarms: !noAlarms)
      ).ics
    } catch {
      throw DaemonConnection.report(error, json: false)
    }
  }

  /// The export of the configuration alone, its errors printed as `repayctl check` prints them.
  private func offline() throws -> String {
    let report = config.read()
    for diagnostic in report.diagnostics { Invocation.printError(diagnostic.description) }
    guard let configuration = report.configuration else { throw ExitCode(ExitStatus.failure) }
    let now = Invocation.currentMicroseconds()
    let start = windowStart.date ?? configuration.zone.localDate(at: now / 1_000_000)
    let schedule = RepaymentSchedule(configuration: configuration)
    let events = schedule.occurrences(from: start, days: days).calendarEvents(
      reminders: schedule.reminders(from: start, days: days),
      writer: NoticeWriter(language: configuration.languageInForce(locale: Invocation.language)))
    return ICalendarDocument(events: events, zone: configuration.zone, from: start, days: days)
      .text(now: now, alarms: !noAlarms)
  }
}
