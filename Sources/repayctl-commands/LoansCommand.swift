import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl loans`: every loan at a glance: what is next due and what is outstanding on it, and
/// what is due now.
struct LoansCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "loans",
      abstract: Invocation.text(en: "List every loan at a glance.", zh: "列出所有贷款概况。"),
      discussion: Invocation.text(
        en: """
          One row per loan: its id and name, the platform, the next due date and how far away \
          it is (or how long overdue), what is outstanding on that instalment (what `repayctl \
          pay LOAN` pays), and what is due now: all that is unpaid of the instalments due so \
          far, today's included.

          Examples:
            repayctl loans
            repayctl loans --json
          """,
        zh: """
          每笔贷款一行：id 和名称、平台、下一个到期日及距今天数（或已逾期天数）、该期的未还金额\
          （即 `repayctl pay LOAN` 所还的金额），以及当前应还：已到期（含今天到期）各期的全部未还金额。

          示例：
            repayctl loans
            repayctl loans --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.ListLoansRequest()) else { return }
    let display = try connection.display()
    guard !reply.loans.isEmpty else {
      StandardOutput.show(display.text(en: "No loans are configured.", zh: "没有配置任何贷款。"))
      return
    }
    var table = TextTable(
      header: display.language == .english
        ? ["Loan", "Name", "Platform", "Next due", "When", "Outstanding", "Due now"]
        : ["贷款", "名称", "平台", "下次到期", "距今", "未还", "当前应还"],
      shrinkable: [2, 1])
    for loan in reply.loans {
      let overdue = loan.daysOverdue > 0
      let when: TextTable.Cell =
        overdue
        ? .init(RelativeTime.overdue(loan.daysOverdue, in: display.language), .alarm)
        : .init(loan.nextDue.map(display.due) ?? display.text(en: "paid off", zh: "已还清"))
      table.append([
        .init(loan.id), .init(loan.name), .init(loan.platform), .init(loan.nextDue ?? "-"), when,
        .init(
          loan.nextDueOutstanding.map { display.money($0, loan.currency) } ?? "-", overdue ? .alarm : nil),
        .init(display.money(loan.outstanding, loan.currency), overdue ? .alarm : nil),
      ])
    }
    StandardOutput.show(display.table(table), terminator: "")
  }
}
