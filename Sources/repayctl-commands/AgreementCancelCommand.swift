import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl agreement-cancel ID --note TEXT`: ends an agreement; what it replaced is due again
/// with its own dates and penalties, and the agreement stays in the history.
struct AgreementCancelCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "agreement-cancel",
      abstract: Invocation.text(en: "End an agreement made with a platform.", zh: "取消与平台达成的协议。"),
      discussion: Invocation.text(
        en: """
          The instalments the agreement replaced that are still unpaid are due again, with \
          their own dates and penalties (what was paid on them still counts); the agreement \
          stays in the history as cancelled, with your note.

          Example:
            repayctl agreement-cancel 3 --note "the platform withdrew the offer"
          """,
        zh: """
          协议所取代且仍未还的各期恢复为应还，按各自的日期和罚息计算（已还的部分仍然有效）；\
          协议以“已取消”连同你的说明保留在历史记录中。

          示例：
            repayctl agreement-cancel 3 --note "平台撤回了方案"
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(
    help: ArgumentHelp(
      Invocation.text(
        en: "The agreement's id (repayctl agreements lists them).", zh: "协议的 id（repayctl agreements 可列出）。"),
      valueName: "id"))
  var id: Int64

  @Option(
    help: ArgumentHelp(Invocation.text(en: "Why it ends (required).", zh: "取消的原因（必填）。"), valueName: "text"))
  var note: String

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.CancelAgreementRequest(id: id, note: note)) else { return }
    let display = try connection.display()
    let agreement = reply.agreement
    let dates = agreement.supersedes.joined(separator: display.text(en: ", ", zh: "，"))
    StandardOutput.show(
      display.text(
        en: "Cancelled agreement \(agreement.id) of \(agreement.loan). The instalments due \(dates) that are "
          + "unpaid are due again: repayctl show \(agreement.loan)",
        zh: "已取消 \(agreement.loan) 的协议 \(agreement.id)。\(dates) 到期且未还的各期恢复为应还："
          + "repayctl show \(agreement.loan)"))
    // A payment made on an agreed instalment stays on that date, which no longer asks for
    // anything: say so, with the commands that count it towards what is due again.
    let loan = try connection.call(Control.GetLoanRequest(id: agreement.loan))
    let listed = Set(loan.occurrences.map(\.due))
    let agreedDates = Set(agreement.occurrences.map(\.due))
    for payment in loan.payments
    where payment.withdrawnAt == nil && agreedDates.contains(payment.occurrence)
      && !listed.contains(payment.occurrence)
    {
      let amount = display.money(payment.amount, payment.currency)
      StandardOutput.show(
        display.text(
          en:
            "Payment \(payment.id) (\(amount)) was made on the agreed instalment of \(payment.occurrence), which "
            + "no longer asks for anything. To count it towards what is due again: repayctl unpay \(payment.id) "
            + "--note \"agreement \(agreement.id) cancelled\" && repayctl pay \(agreement.loan) \(payment.amount)",
          zh: "还款 \(payment.id)（\(amount)）记在 \(payment.occurrence) 的约定分期上，该期已不再应还。"
            + "要把它计入恢复应还的各期：repayctl unpay \(payment.id) --note \"协议 \(agreement.id) 已取消\" && "
            + "repayctl pay \(agreement.loan) \(payment.amount)"))
    }
  }
}
