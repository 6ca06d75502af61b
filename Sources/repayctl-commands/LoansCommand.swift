import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl loans`: every loan at a glance, what is next due and what is outstanding.
struct LoansCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "loans",
      abstract: Invocation.text(en: "List every loan at a glance.", zh: "列出所有贷款概况。"),
      discussion: Invocation.text(
        en: """
          One row per loan: its id and name, the platform, the instalment, the next due date \
          and how far away it is (or how long overdue), and what is outstanding.

          Examples:
            repayctl loans
            repayctl loans --json
          """,
        zh: """
          每笔贷款一行：id 和名称、平台、每期金额、下一个到期日及距今天数（或已逾期天数）、未还金额。

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
      print(display.text(en: "No loans are configured.", zh: "没有配置任何贷款。"))
      return
    }
    var table = TextTable(
      header: display.language == .english
        ? ["Loan", "Name", "Platform", "Instalment", "Next due", "When", "Outstanding"]
        : ["贷款", "名称", "平台", "每期", "下次到期", "距今", "未还"],
      shrinkable: [2, 1])
    for loan in reply.loans {
      let overdue = loan.daysOverdue > 0
      let when: TextTable.Cell =
        overdue
        ? .init(RelativeTime.overdue(loan.daysOverdue, in: display.language), .alarm)
        : .init(loan.nextDue.map(display.due) ?? display.text(en: "paid off", zh: "已还清"))
      table.append([
        .init(loan.id), .init(loan.name), .init(loan.platform),
        .init(display.money(loan.amount, loan.currency)),
        .init(loan.nextDue ?? "-"), when,
        .init(display.money(loan.outstanding, loan.currency), overdue ? .alarm : nil),
      ])
    }
    print(display.table(table), terminator: "")
  }
}
