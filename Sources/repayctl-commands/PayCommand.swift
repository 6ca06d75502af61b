import ArgumentParser
import ControlInterface
import RepayControl
import RepayCore
import RepayDisplay

/// `repayctl pay LOAN [AMOUNT] [--occurrence DATE] [--date DATE] [--note TEXT]`: records a
/// payment on the oldest unsettled instalment (or the one named); without an amount, what is
/// outstanding on it.
struct PayCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "pay",
      abstract: Invocation.text(en: "Record a payment.", zh: "记录一笔还款。"),
      discussion: Invocation.text(
        en: """
          Records a payment on the oldest unsettled instalment of the loan, or on the one due \
          on --occurrence. Without AMOUNT, what is outstanding on it is paid; a smaller amount \
          leaves the rest due. The payment date defaults to today. Undo it with repayctl unpay ID.

          Examples:
            repayctl pay huabei
            repayctl pay huabei 500.00 --note "paid in the app"
            repayctl pay huabei --occurrence 2026-12-10 --date 2026-12-09
          """,
        zh: """
          为该贷款最早未结清的一期（或 --occurrence 指定到期日的那一期）记录还款。不写 AMOUNT 时还清该期的\
          未还金额；金额较小时其余部分仍待还。还款日期默认为今天。用 repayctl unpay ID 撤销。

          示例：
            repayctl pay huabei
            repayctl pay huabei 500.00 --note "已在应用内还款"
            repayctl pay huabei --occurrence 2026-12-10 --date 2026-12-09
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The loan's id.", zh: "贷款的 id。"), valueName: "loan"))
  var loan: String

  @Argument(
    help: ArgumentHelp(
      Invocation.text(
        en: "The amount paid, in major units such as 1250.00 (default: what is outstanding).",
        zh: "还款金额，以元为单位，如 1250.00（默认：该期未还金额）。"), valueName: "amount"))
  var amount: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The due date of the instalment paid, YYYY-MM-DD.", zh: "所还分期的到期日 YYYY-MM-DD。"),
      valueName: "date"))
  var occurrence: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(
        en: "The date it was paid, YYYY-MM-DD (default: today).", zh: "还款日期 YYYY-MM-DD（默认：今天）。"),
      valueName: "date"))
  var date: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "A note kept with the payment.", zh: "随还款保存的备注。"), valueName: "text"))
  var note: String?

  func validate() throws {
    try DateArgument.check(occurrence, option: "--occurrence")
    try DateArgument.check(date, option: "--date")
  }

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard
      let reply = try connection.reply(
        Control.RecordPaymentRequest(
          loan: loan, amount: amount, occurrence: occurrence, date: date, note: note))
    else { return }
    let display = try connection.display()
    let payment = reply.payment
    let paid = display.money(payment.amount, payment.currency)
    var text = display.text(
      en: "Recorded payment \(payment.id): \(paid) on \(payment.loan) for the instalment due "
        + "\(payment.occurrence), paid \(payment.date).\n",
      zh: "已记录还款 \(payment.id)：\(payment.loan) \(payment.occurrence) 到期的一期，\(payment.date) 还款 \(paid)。\n")
    let outstanding = display.money(reply.occurrence.outstanding, reply.occurrence.currency)
    text +=
      reply.occurrence.status == .settled
      ? Emphasis.good.apply(display.text(en: "That instalment is settled.", zh: "该期已结清。")) + "\n"
      : Emphasis.warning.apply(
        display.text(en: "\(outstanding) is still outstanding on it.", zh: "该期仍有 \(outstanding) 未还。"))
        + "\n"
    for part in reply.carried ?? [] {
      let carried = display.money(part.amount, part.currency)
      text += display.text(
        en: "Carried \(carried) beyond it to the instalment due \(part.occurrence) (payment \(part.id)).\n",
        zh: "超出部分 \(carried) 已结转到 \(part.occurrence) 到期的一期（还款记录 \(part.id)）。\n")
    }
    if let credit = reply.credit {
      let amount = display.money(credit, payment.currency)
      text +=
        Emphasis.warning.apply(
          display.text(
            en:
              "\(amount) is more than the loan asks for: a credit with \(payment.loan)'s platform, kept on its last instalment.",
            zh: "\(amount) 超出了该贷款应还的全部金额：这是你在该平台的余额，记在最后一期上。")) + "\n"
    }
    text += display.text(
      en: "Undo with: repayctl unpay \(payment.id)\n", zh: "撤销：repayctl unpay \(payment.id)\n")
    StandardOutput.show(text, terminator: "")
  }
}

/// A date given on the command line: checked before anything is sent, so that a typo is a usage
/// error (exit 2) rather than the daemon's.
enum DateArgument {
  /// Throws a usage error when `text` is given and is not `YYYY-MM-DD`.
  static func check(_ text: String?, option: String) throws {
    guard let text, LocalDate(parsing: text) == nil else { return }
    throw ValidationError(
      Invocation.text(
        en: "\(option) '\(text)' is not a date; write YYYY-MM-DD.",
        zh: "\(option) '\(text)' 不是日期；请写成 YYYY-MM-DD。"))
  }
}
