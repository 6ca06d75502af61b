import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl agreements [LOAN]`: the agreements made with the platforms, of one loan or of all,
/// oldest first, each with its state.
struct AgreementsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "agreements",
      abstract: Invocation.text(en: "List the agreements made with the platforms.", zh: "列出与平台达成的协议。"),
      discussion: Invocation.text(
        en: """
          Lists what repayctl renegotiate recorded, of one loan or of all, oldest first: the \
          kind, the state (active; kept once every agreed instalment is paid; broken while one \
          is overdue; cancelled), what it asks in all and when, and the instalments it replaced.

          Examples:
            repayctl agreements
            repayctl agreements huabei --json
          """,
        zh: """
          按时间先后列出用 repayctl renegotiate 记录的协议（一笔贷款或全部）：类型、状态（执行中；\
          所有约定的期都还清后为已履行；有一期逾期时为已违约；已取消）、总额和日期，以及被取代的期。

          示例：
            repayctl agreements
            repayctl agreements huabei --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(
    help: ArgumentHelp(
      Invocation.text(en: "Only this loan's agreements.", zh: "只列出该贷款的协议。"), valueName: "loan"))
  var loan: String?

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.ListAgreementsRequest(loan: loan)) else { return }
    let display = try connection.display()
    guard !reply.agreements.isEmpty else {
      StandardOutput.show(display.text(en: "No agreements yet.", zh: "还没有协议。"))
      return
    }
    StandardOutput.show(display.table(Self.table(reply.agreements, display)), terminator: "")
  }

  /// The agreements as a table.
  static func table(_ agreements: [Control.Agreement], _ display: Display) -> TextTable {
    var table = TextTable(
      header: display.language == .english
        ? ["ID", "Loan", "Made", "State", "Terms", "Note"] : ["ID", "贷款", "时间", "状态", "条款", "说明"],
      shrinkable: [4, 5])
    for agreement in agreements {
      table.append([
        .init(String(agreement.id)), .init(agreement.loan), .init(display.time(agreement.createdAt)),
        state(agreement, display), .init(terms(agreement, display)),
        .init(
          [agreement.note, agreement.ref, agreement.counterpart].compactMap { $0 }.joined(separator: " · ")),
      ])
    }
    return table
  }

  /// The agreement's state in the user's language, emphasized as the loans' statuses are.
  static func state(_ agreement: Control.Agreement, _ display: Display) -> TextTable.Cell {
    switch agreement.state {
    case .active: .init(display.text(en: "active", zh: "执行中"))
    case .kept: .init(display.text(en: "kept", zh: "已履行"), .good)
    case .broken: .init(display.text(en: "broken", zh: "已违约"), .alarm)
    case .cancelled:
      .init(
        display.text(en: "cancelled", zh: "已取消")
          + (agreement.cancelledAt.map { " " + display.time($0) } ?? ""), .faint)
    }
  }

  /// What the agreement asks: "¥1,261.88 in 3 instalments: 2027-01-05 ¥420.62, …", "¥1,250.00
  /// on 2027-01-20", or "penalty waived on 2026-12-10".
  static func terms(_ agreement: Control.Agreement, _ display: Display) -> String {
    let total = display.money(agreement.total, agreement.currency)
    let dates = agreement.occurrences.map { "\($0.due) \(display.money($0.amount, agreement.currency))" }
    switch agreement.kind {
    case .extension:
      return display.text(
        en: "\(total) on \(agreement.occurrences.first?.due ?? "-")",
        zh: "\(agreement.occurrences.first?.due ?? "-") 还 \(total)")
    case .installments:
      return display.text(
        en: "\(total) in \(dates.count) instalments: \(dates.joined(separator: ", "))",
        zh: "\(total) 分 \(dates.count) 期：\(dates.joined(separator: "，"))")
    case .waiver:
      let waived = agreement.supersedes.joined(separator: display.text(en: ", ", zh: "，"))
      return display.text(en: "penalty waived on \(waived)", zh: "减免 \(waived) 的罚息")
    }
  }

  /// Which occurrences the agreement replaced (or, a waiver, forgave), as a sentence.
  static func replaced(_ agreement: Control.Agreement, _ display: Display) -> String {
    let dates = agreement.supersedes.joined(separator: display.text(en: ", ", zh: "，"))
    if agreement.kind == .waiver {
      return display.text(
        en: "The instalments due \(dates) keep their dates; their penalty is forgiven.",
        zh: "\(dates) 到期的各期日期不变，罚息已减免。")
    }
    return display.text(
      en: "It replaces the instalments due \(dates); repayd now reminds you of the agreed dates.",
      zh: "它取代了 \(dates) 到期的各期；repayd 此后按约定的日期提醒你。")
  }
}
