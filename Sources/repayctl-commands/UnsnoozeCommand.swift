import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl unsnooze LOAN`: ends a loan's snooze before its time.
struct UnsnoozeCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "unsnooze",
      abstract: Invocation.text(en: "End a loan's snooze.", zh: "结束一笔贷款的暂停提醒。"),
      discussion: Invocation.text(
        en: """
          Ends the snooze in force on the loan: its reminders come as planned again, and what \
          was held back is delivered now. Nothing happens when none is in force.

          Examples:
            repayctl unsnooze huabei
            repayctl unsnooze huabei --json
          """,
        zh: """
          结束该贷款正在生效的暂停：提醒恢复按计划发送，被暂缓的提醒立即发送。没有生效的暂停时不做任何事。

          示例：
            repayctl unsnooze huabei
            repayctl unsnooze huabei --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The loan's id.", zh: "贷款的 id。"), valueName: "loan"))
  var loan: String

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.UnsnoozeRequest(loan: loan)) else { return }
    let display = try connection.display()
    guard let snooze = reply.snooze else {
      StandardOutput.show(display.text(en: "\(loan) was not snoozed.", zh: "\(loan) 没有暂停提醒。"))
      return
    }
    StandardOutput.show(
      display.text(
        en: "Ended the snooze of \(snooze.loan) (it would have lasted until \(display.time(snooze.until))).",
        zh: "已结束 \(snooze.loan) 的暂停（原定持续到 \(display.time(snooze.until))）。"))
  }
}
