import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl upcoming [--days N]`: what falls due from today on, with the next notice for each,
/// and the free-standing reminders in that time.
struct UpcomingCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "upcoming",
      abstract: Invocation.text(en: "Show what falls due in the coming days.", zh: "显示未来几天内到期的款项。"),
      discussion: Invocation.text(
        en: """
          Lists the instalments due from today through the given number of days, with what is \
          still outstanding on each and its next reminder, how many fall due in the next 7 days \
          and for how much, then the free-standing reminders.

          Examples:
            repayctl upcoming
            repayctl upcoming --days 7
            repayctl upcoming --days 90 --json
          """,
        zh: """
          列出从今天起指定天数内到期的分期，以及每期的未还金额和下次提醒；再说明未来 7 天内到期几笔、\
          共多少；然后列出独立提醒。

          示例：
            repayctl upcoming
            repayctl upcoming --days 7
            repayctl upcoming --days 90 --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "How many days to look ahead (default: 30).", zh: "向后查看的天数（默认：30）。"),
      valueName: "n"))
  var days: Int?

  func validate() throws {
    if let days, days < 1 {
      throw ValidationError(Invocation.text(en: "--days must be at least 1.", zh: "--days 至少为 1。"))
    }
  }

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.ListUpcomingRequest(days: days)) else { return }
    let display = try connection.display()
    var text = display.heading(
      display.text(
        en: "Due in the \(reply.days) days from \(reply.from):", zh: "\(reply.from) 起 \(reply.days) 天内到期："))
    if reply.occurrences.isEmpty {
      text += display.text(en: "  nothing falls due\n", zh: "  没有到期的款项\n")
    } else {
      var table = TextTable(
        header: display.language == .english
          ? ["Due", "When", "Loan", "#", "Amount", "Outstanding", "Next reminder"]
          : ["到期日", "距今", "贷款", "期", "金额", "未还", "下次提醒"],
        shrinkable: [2])
      for occurrence in reply.occurrences {
        table.append([
          .init(occurrence.due), .init(display.due(occurrence.due)), .init(occurrence.name),
          .init(occurrence.installment.map(String.init) ?? "-"),
          .init(display.money(occurrence.amount, occurrence.currency)),
          .init(display.money(occurrence.outstanding, occurrence.currency)),
          .init(occurrence.nextReminder.map(display.time) ?? "-"),
        ])
      }
      text += display.table(table)
    }
    if let dueSoon = reply.dueSoon { text += "\n" + DueSoonText.line(dueSoon, display) + "\n" }
    if let plan = reply.plan { text += "\n" + PlanProgressText.text(plan, display) }
    if !reply.reminders.isEmpty {
      text += "\n" + display.heading(display.text(en: "Reminders:", zh: "提醒："))
      text += display.table(
        TextTable(rows: reply.reminders.map { [display.time($0.at), $0.id, $0.message] }, shrinkable: [2]))
    }
    StandardOutput.show(text, terminator: "")
  }
}
