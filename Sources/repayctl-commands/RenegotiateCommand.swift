import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl renegotiate LOAN (--extend-to DATE | --installments N --start DATE [--every-months K]
/// [--amount MONEY] | --waive-penalty) [--waive-penalty] [--all] [--total MONEY] --note TEXT
/// [--ref TEXT] [--counterpart TEXT]`: records what was agreed with the platform (measure 4 of
/// the playbook); from then on the agreed occurrences are the loan's.
struct RenegotiateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "renegotiate",
      abstract: Invocation.text(
        en: "Record an extension, instalments or a waived penalty agreed with the platform.",
        zh: "记录与平台达成的延期、分期或罚息减免协议。"),
      discussion: Invocation.text(
        en: """
          The agreement covers the loan's overdue unpaid instalments (with --all, every unpaid \
          one; of a loan without a last instalment, those due before the agreement ends) and \
          replaces them: from now on repayd reminds you of the agreed dates and amounts instead, \
          and escalates if one of them is missed. What it asks in all is what they still ask \
          plus the penalty so far, unless --waive-penalty (without it) or --total (what the \
          platform agreed).

          Exactly one kind:
            --extend-to DATE          one payment of the total on DATE
            --installments N --start DATE [--every-months K] [--amount MONEY]
                                      N payments K months apart (default 1) from DATE, each the
                                      total divided by N (the remainder on the last), or each
                                      MONEY and the last the rest
            --waive-penalty alone     the dates stay; the penalty so far is forgiven and stops

          repayctl agreements lists the agreements; repayctl agreement-cancel ends one.

          Examples:
            repayctl renegotiate huabei --installments 3 --start 2027-01-10 --note "3 payments, agreed by phone" --ref C-88
            repayctl renegotiate jd --extend-to 2027-01-31 --waive-penalty --note "extension, penalty waived"
            repayctl renegotiate huabei --waive-penalty --note "penalty waived as a one-off"
          """,
        zh: """
          协议涵盖该贷款逾期未还的各期（加 --all 则为所有未还的期；没有最后一期的贷款则为协议结束前到期的期），\
          并取而代之：此后 repayd 按约定的日期和金额提醒，若有一期未按时还款则升级提醒。协议总额为这些期仍未还的金额\
          加上至今的罚息；--waive-penalty 则不含罚息，--total 则为平台同意的金额。

          只能选一种：
            --extend-to DATE          在 DATE 一次还清总额
            --installments N --start DATE [--every-months K] [--amount MONEY]
                                      从 DATE 起每 K 个月（默认 1）还一期，共 N 期；每期为总额除以 N
                                      （余数计入最后一期），或每期 MONEY、最后一期为余额
            --waive-penalty 单独使用  日期不变；至今的罚息减免，且不再产生

          repayctl agreements 列出所有协议；repayctl agreement-cancel 取消协议。

          示例：
            repayctl renegotiate huabei --installments 3 --start 2027-01-10 --note "电话约定分 3 期" --ref C-88
            repayctl renegotiate jd --extend-to 2027-01-31 --waive-penalty --note "延期并减免罚息"
            repayctl renegotiate huabei --waive-penalty --note "一次性减免罚息"
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The loan's id.", zh: "贷款的 id。"), valueName: "loan"))
  var loan: String

  @Option(
    name: .customLong("extend-to"),
    help: ArgumentHelp(
      Invocation.text(
        en: "An extension: pay the total on this date, YYYY-MM-DD.", zh: "延期：在这一天还清总额，YYYY-MM-DD。"),
      valueName: "date"))
  var extendTo: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "Instalments: how many, 1 to 600.", zh: "分期：期数，1 到 600。"), valueName: "n"))
  var installments: Int?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "Instalments: the first one's date, YYYY-MM-DD.", zh: "分期：第一期的日期，YYYY-MM-DD。"),
      valueName: "date"))
  var start: String?

  @Option(
    name: .customLong("every-months"),
    help: ArgumentHelp(
      Invocation.text(en: "Instalments: months between two of them (default 1).", zh: "分期：相隔的月数（默认 1）。"),
      valueName: "k"))
  var everyMonths: Int?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "Instalments: what each asks for; the last the rest.", zh: "分期：每期金额；最后一期为余额。"),
      valueName: "money"))
  var amount: String?

  @Flag(
    name: .customLong("waive-penalty"),
    help: ArgumentHelp(
      Invocation.text(
        en: "The penalty so far is forgiven: alone, a waiver; else a total without it.",
        zh: "减免至今的罚息：单独使用即罚息减免协议；否则总额不含罚息。")))
  var waivePenalty = false

  @Flag(
    help: ArgumentHelp(
      Invocation.text(
        en: "Cover every unpaid instalment, not only the overdue ones.", zh: "涵盖所有未还的期，而不只是逾期的期。")))
  var all = false

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The total the platform agreed, in the loan's currency.", zh: "平台同意的总额（贷款的币种）。"),
      valueName: "money"))
  var total: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "What was agreed, in your words (required).", zh: "用你自己的话写下协议内容（必填）。"),
      valueName: "text"))
  var note: String

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The platform's reference for it.", zh: "平台给出的协议编号或工单号。"), valueName: "text"))
  var ref: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "Who agreed it on the platform's side.", zh: "平台一方的经办人。"), valueName: "text"))
  var counterpart: String?

  func validate() throws {
    try DateArgument.check(extendTo, option: "--extend-to")
    try DateArgument.check(start, option: "--start")
    if extendTo != nil, installments != nil {
      throw ValidationError(
        Invocation.text(
          en: "give either --extend-to or --installments, not both.",
          zh: "--extend-to 与 --installments 只能选一个。"))
    }
    if installments == nil {
      for (given, option) in [
        (start != nil, "--start"), (everyMonths != nil, "--every-months"), (amount != nil, "--amount"),
      ]
      where given {
        throw ValidationError(
          Invocation.text(
            en: "\(option) goes only with --installments.", zh: "\(option) 只能与 --installments 一起使用。"))
      }
    } else if start == nil {
      throw ValidationError(
        Invocation.text(
          en: "--installments needs --start DATE, the first instalment's date.",
          zh: "--installments 需要 --start DATE（第一期的日期）。"))
    }
    if extendTo == nil, installments == nil, !waivePenalty {
      throw ValidationError(
        Invocation.text(
          en:
            "say what was agreed: --extend-to DATE, --installments N --start DATE, or --waive-penalty alone.",
          zh: "请说明协议内容：--extend-to DATE、--installments N --start DATE，或单独使用 --waive-penalty。"))
    }
  }

  func run() throws {
    let connection = try DaemonConnection(daemon)
    let request = Control.RenegotiateRequest(
      loan: loan, extendTo: extendTo, installments: installments, start: start, everyMonths: everyMonths,
      amount: amount, waivePenalty: waivePenalty ? true : nil, all: all ? true : nil, total: total,
      note: note,
      ref: ref, counterpart: counterpart)
    guard let reply = try connection.reply(request) else { return }
    let display = try connection.display()
    let agreement = reply.agreement
    StandardOutput.show(
      display.text(
        en:
          "Recorded agreement \(agreement.id) for \(agreement.loan): \(AgreementsCommand.terms(agreement, display)).",
        zh: "已记录 \(agreement.loan) 的协议 \(agreement.id)：\(AgreementsCommand.terms(agreement, display))。"))
    StandardOutput.show(AgreementsCommand.replaced(agreement, display))
    StandardOutput.show(
      display.text(
        en: "Cancel with: repayctl agreement-cancel \(agreement.id) --note \"why\"",
        zh: "取消：repayctl agreement-cancel \(agreement.id) --note \"原因\""))
  }
}
