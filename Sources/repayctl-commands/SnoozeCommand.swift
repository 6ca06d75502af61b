import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl snooze LOAN DURATION | --until DATE`: pauses a loan's notices; they are delivered
/// once when the snooze ends.
struct SnoozeCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "snooze",
      abstract: Invocation.text(en: "Pause a loan's reminders for a while.", zh: "暂停一笔贷款的提醒一段时间。"),
      discussion: Invocation.text(
        en: """
          Holds back the loan's notices for DURATION (a number and a unit, s, m, h or d, \
          several in a row if wanted: 3d, 36h, 1d12h) or until the start of --until DATE; \
          what came due meanwhile is delivered once when it ends. A new snooze replaces one in \
          force; repayctl unsnooze ends it early.

          Examples:
            repayctl snooze huabei 3d
            repayctl snooze huabei --until 2026-12-20
          """,
        zh: """
          在 DURATION 内（数字加单位 s、m、h 或 d，可连写：3d、36h、1d12h）或直到 --until DATE 当天开始时，\
          暂缓发送该贷款的提醒；期间到期的提醒在暂停结束时发送一次。新的暂停会取代正在生效的暂停；\
          repayctl unsnooze 可提前结束。

          示例：
            repayctl snooze huabei 3d
            repayctl snooze huabei --until 2026-12-20
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The loan's id.", zh: "贷款的 id。"), valueName: "loan"))
  var loan: String

  @Argument(
    help: ArgumentHelp(
      Invocation.text(en: "How long, such as 3d or 36h.", zh: "暂停时长，如 3d 或 36h。"), valueName: "duration"))
  var duration: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "Pause until the start of this day, YYYY-MM-DD.", zh: "暂停到这一天开始时 YYYY-MM-DD。"),
      valueName: "date"))
  var until: String?

  func validate() throws {
    guard (duration == nil) != (until == nil) else {
      throw ValidationError(
        Invocation.text(en: "give either DURATION or --until DATE.", zh: "请给出 DURATION 或 --until DATE 之一。"))
    }
    try DateArgument.check(until, option: "--until")
  }

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard
      let reply = try connection.reply(Control.SnoozeRequest(loan: loan, duration: duration, until: until))
    else { return }
    let display = try connection.display()
    let until = display.timeWithDistance(reply.snooze.until)
    StandardOutput.show(
      display.text(
        en: "The reminders of \(reply.snooze.loan) are paused until \(until).",
        zh: "\(reply.snooze.loan) 的提醒已暂停至 \(until)。"))
  }
}
