import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl unpay ID [--note TEXT]`: withdraws a recorded payment, which stays in the history.
struct UnpayCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "unpay",
      abstract: Invocation.text(en: "Withdraw a recorded payment.", zh: "撤回一笔还款记录。"),
      discussion: Invocation.text(
        en: """
          Withdraws the payment with this id (repayctl pay prints it; repayctl show LOAN lists \
          them), with the parts of it that were carried to later instalments: what it paid is \
          outstanding again. Nothing is deleted: the payment stays in the history, marked \
          withdrawn, with when and why (--note). A withdrawn payment cannot be withdrawn again.

          Examples:
            repayctl unpay 3 --note "the bank reversed the transfer"
            repayctl unpay 3 --json
          """,
        zh: """
          撤回该 id 的还款记录（repayctl pay 会打印 id，repayctl show LOAN 会列出），连同结转到后续分期的部分；\
          其金额重新计为未还。记录不会删除：它以"已撤回"留在历史中，附撤回时间和原因（--note）。\
          已撤回的还款不能再次撤回。

          示例：
            repayctl unpay 3 --note "银行退回了转账"
            repayctl unpay 3 --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The payment's id.", zh: "还款记录的 id。"), valueName: "id"))
  var id: Int64

  @Option(
    help: ArgumentHelp(Invocation.text(en: "Why it is withdrawn.", zh: "撤回原因。"), valueName: "text"))
  var note: String?

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.DeletePaymentRequest(id: id, note: note)) else { return }
    let display = try connection.display()
    let payment = reply.payment
    let amount = display.money(payment.amount, payment.currency)
    StandardOutput.show(
      display.text(
        en: "Withdrew payment \(payment.id): \(amount) on \(payment.loan) for the instalment due "
          + "\(payment.occurrence). It stays in the history, marked withdrawn, and no longer counts.",
        zh: "已撤回还款记录 \(payment.id)：\(payment.loan) \(payment.occurrence) 到期的一期，\(amount)。"
          + "它以“已撤回”留在历史中，不再计入还款。"))
  }
}
