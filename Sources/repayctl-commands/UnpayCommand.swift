import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl unpay ID`: undoes a recorded payment.
struct UnpayCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "unpay",
      abstract: Invocation.text(en: "Undo a recorded payment.", zh: "撤销一笔还款记录。"),
      discussion: Invocation.text(
        en: """
          Deletes the payment with this id (repayctl pay prints it; repayctl show LOAN lists \
          them); what it paid is outstanding again.

          Examples:
            repayctl unpay 3
            repayctl unpay 3 --json
          """,
        zh: """
          删除该 id 的还款记录（repayctl pay 会打印 id，repayctl show LOAN 会列出）；其金额重新计为未还。

          示例：
            repayctl unpay 3
            repayctl unpay 3 --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The payment's id.", zh: "还款记录的 id。"), valueName: "id"))
  var id: Int64

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.DeletePaymentRequest(id: id)) else { return }
    let display = try connection.display()
    let payment = reply.payment
    let amount = display.money(payment.amount, payment.currency)
    print(
      display.text(
        en:
          "Deleted payment \(payment.id): \(amount) on \(payment.loan) for the instalment due \(payment.occurrence).",
        zh: "已删除还款记录 \(payment.id)：\(payment.loan) \(payment.occurrence) 到期的一期，\(amount)。"))
  }
}
