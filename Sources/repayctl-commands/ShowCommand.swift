import ArgumentParser
import ControlInterface
import RepayControl
import RepayCore
import RepayDisplay

/// `repayctl show LOAN`: one loan with everything known about it: its occurrences, payments,
/// communication log, delivered notices and snoozes.
struct ShowCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "show",
      abstract: Invocation.text(en: "Show one loan with everything known about it.", zh: "显示一笔贷款的全部信息。"),
      discussion: Invocation.text(
        en: """
          Shows the loan's instalments (paid, outstanding, overdue with the penalty so far), \
          its payments, its communication log, the notices delivered and its snoozes.

          Examples:
            repayctl show huabei
            repayctl show huabei --json
          """,
        zh: """
          显示该贷款的各期（已还、未还、逾期及已产生的罚息）、还款记录、沟通记录、已发送的提醒和暂停记录。

          示例：
            repayctl show huabei
            repayctl show huabei --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The loan's id.", zh: "贷款的 id。"), valueName: "loan"))
  var loan: String

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.GetLoanRequest(id: loan)) else { return }
    StandardOutput.show(Self.text(reply, try connection.display()), terminator: "")
  }

  /// The human text of a loan.
  static func text(_ reply: Control.GetLoanReply, _ display: Display) -> String {
    let loan = reply.loan
    var text = display.heading("\(loan.name) (\(loan.id)) · \(loan.platform)")
    var facts = [
      display.text(en: "instalment ", zh: "每期 ") + display.money(loan.amount, loan.currency),
      display.text(en: "grace \(reply.graceDays) days", zh: "宽限 \(reply.graceDays) 天"),
    ]
    // What is outstanding belongs to the next due instalment; what is due now to the loan.
    if let next = loan.nextDue {
      facts.append(
        display.text(en: "next due \(next) (", zh: "下次到期 \(next)（") + display.due(next)
          + display.text(en: ")", zh: "）"))
    }
    if let next = loan.nextDueOutstanding {
      facts.append(display.text(en: "outstanding ", zh: "未还 ") + display.money(next, loan.currency))
    }
    facts.append(display.text(en: "due now ", zh: "当前应还 ") + display.money(loan.outstanding, loan.currency))
    text += display.items(facts)
    if let contact = reply.contact {
      let ways = [
        contact.phone.map { display.text(en: "phone ", zh: "电话 ") + $0 },
        contact.app.map { display.text(en: "app ", zh: "应用 ") + $0 },
        contact.email.map { display.text(en: "email ", zh: "邮箱 ") + $0 }, contact.url,
      ].compactMap { $0 }.filter { !$0.isEmpty }
      if let first = ways.first {
        text += display.items([display.text(en: "contact: ", zh: "联系方式：") + first] + ways.dropFirst())
      }
    }
    if let until = reply.snoozedUntil {
      text +=
        "  " + Emphasis.warning.apply(display.text(en: "snoozed until ", zh: "暂停提醒至 ") + display.time(until))
        + "\n"
    }
    text += section(display, en: "Instalments", zh: "分期", occurrences(reply.occurrences, display))
    text += section(
      display, en: "Payments", zh: "还款",
      TextTable(
        header: display.language == .english
          ? ["ID", "Paid on", "Amount", "Instalment due", "Note"] : ["ID", "还款日", "金额", "所还分期", "备注"],
        rows: reply.payments.map { payment in
          let marks = [
            payment.partOf.map { display.text(en: "carried from payment \($0)", zh: "由还款记录 \($0) 结转") },
            WithdrawnText.phrase(at: payment.withdrawnAt, note: payment.withdrawnNote, display),
          ].compactMap { $0 }
          return [
            String(payment.id), payment.date, display.money(payment.amount, payment.currency),
            payment.occurrence,
            ([payment.note].compactMap { $0 } + marks).joined(separator: " · "),
          ]
        }, shrinkable: [4]))
    text += section(
      display, en: "Notes", zh: "沟通记录", NotesCommand.table(reply.notes, display, withLoan: false))
    text += section(display, en: "Agreements", zh: "协议", AgreementsCommand.table(reply.agreements, display))
    text += section(
      display, en: "Notices delivered", zh: "已发送的提醒",
      TextTable(
        header: display.language == .english
          ? ["Delivered", "Stage", "Instalment due", "Planned"] : ["发送时间", "阶段", "所属分期", "计划时间"],
        rows: reply.deliveries.map {
          [
            display.time($0.deliveredAt),
            display.stage($0.stage, offset: $0.offset.flatMap { try? ReminderOffset(parsing: $0) }),
            $0.occurrence,
            display.time($0.plannedAt),
          ]
        }))
    text += section(
      display, en: "Snoozes", zh: "暂停记录",
      TextTable(
        header: display.language == .english
          ? ["ID", "Until", "Made", "Ended"] : ["ID", "暂停至", "设置于", "结束于"],
        rows: reply.snoozes.map {
          [
            String($0.id), display.time($0.until), display.time($0.createdAt),
            $0.endedAt.map(display.time) ?? "-",
          ]
        }))
    return text
  }

  private static func occurrences(_ occurrences: [Control.Occurrence], _ display: Display) -> TextTable {
    var table = TextTable(
      header: display.language == .english
        ? ["#", "Due", "Amount", "Paid", "Outstanding", "Status"] : ["期", "到期日", "金额", "已还", "未还", "状态"],
      wrapping: [5])
    for occurrence in occurrences {
      let moved =
        occurrence.scheduled == occurrence.due
        ? "" : display.text(en: " (was \(occurrence.scheduled))", zh: "（原 \(occurrence.scheduled)）")
      let status: TextTable.Cell =
        switch occurrence.status {
        case .settled: .init(display.text(en: "settled", zh: "已结清"), .good)
        case .upcoming: .init(display.due(occurrence.due))
        case .due: .init(display.text(en: "due today", zh: "今天到期"), .warning)
        case .superseded:
          .init(
            occurrence.supersededBy.map {
              display.text(en: "superseded by agreement \($0)", zh: "已由协议 \($0) 取代")
            } ?? display.text(en: "superseded", zh: "已被取代"), .faint)
        case .overdue:
          .init(
            RelativeTime.overdue(occurrence.daysOverdue ?? 0, in: display.language)
              + penalty(occurrence, display), .alarm)
        }
      let agreed = occurrence.agreement.map { display.text(en: " (agreement \($0))", zh: "（协议 \($0)）") } ?? ""
      table.append([
        .init(occurrence.installment.map(String.init) ?? "-"), .init(occurrence.due + moved + agreed),
        .init(display.money(occurrence.amount, occurrence.currency)),
        .init(display.money(occurrence.paid, occurrence.currency)),
        .init(display.money(occurrence.outstanding, occurrence.currency)), status,
      ])
    }
    return table
  }

  /// ", penalty ¥1.25 (+¥0.63/day)" while a penalty accrues.
  private static func penalty(_ occurrence: Control.Occurrence, _ display: Display) -> String {
    guard let penalty = occurrence.penalty else { return "" }
    if occurrence.penaltyWaived == true {
      return display.text(en: ", penalty waived", zh: "，罚息已减免")
    }
    let perDay = occurrence.penaltyPerDay.map { display.money($0, occurrence.currency) } ?? "-"
    return display.text(
      en: ", penalty \(display.money(penalty, occurrence.currency)) (+\(perDay)/day)",
      zh: "，罚息 \(display.money(penalty, occurrence.currency))（每天 +\(perDay)）")
  }

  /// A titled table, left out when it has no rows.
  private static func section(_ display: Display, en: String, zh: String, _ table: TextTable) -> String {
    guard !table.rows.isEmpty else { return "" }
    return "\n" + display.heading(display.text(en: en, zh: zh)) + display.table(table)
  }
}
