import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl history [--loan ID] [--since DATE]`: payments, notes, delivered notices, snoozes
/// and agreements, oldest first.
struct HistoryCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "history",
      abstract: Invocation.text(en: "Show what happened, oldest first.", zh: "按时间先后显示历史记录。"),
      discussion: Invocation.text(
        en: """
          Lists payments, notes, delivered reminders, snoozes and agreements, of one loan or of \
          all, from a date on if wanted: the records a negotiation or legal advice asks for.

          Examples:
            repayctl history
            repayctl history --loan huabei --since 2026-11-01
            repayctl history --json
          """,
        zh: """
          列出还款、沟通记录、已发送的提醒、暂停和协议（一笔贷款或全部，可从某日起）：协商或咨询法律意见时需要的记录。

          示例：
            repayctl history
            repayctl history --loan huabei --since 2026-11-01
            repayctl history --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Option(
    help: ArgumentHelp(Invocation.text(en: "Only this loan's history.", zh: "只显示该贷款的记录。"), valueName: "id"))
  var loan: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "From this date on, YYYY-MM-DD.", zh: "从该日期起 YYYY-MM-DD。"), valueName: "date"))
  var since: String?

  func validate() throws {
    try DateArgument.check(since, option: "--since")
  }

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.HistoryRequest(loan: loan, since: since)) else { return }
    let display = try connection.display()
    guard !reply.entries.isEmpty else {
      StandardOutput.show(display.text(en: "Nothing recorded yet.", zh: "还没有任何记录。"))
      return
    }
    var table = TextTable(
      header: display.language == .english
        ? ["At", "Kind", "Loan", "Instalment due", "Details"] : ["时间", "类别", "贷款", "所属分期", "详情"],
      shrinkable: [4])
    for entry in reply.entries {
      let details =
        ([
          entry.amount.map { display.money($0, entry.currency ?? "") }, entry.stage.map(display.stage),
          entry.note,
          WithdrawnText.phrase(at: entry.withdrawnAt, note: entry.withdrawnNote, display),
          entry.until.map { display.text(en: "until \(display.time($0))", zh: "至 \(display.time($0))") },
        ].compactMap { $0 } + (entry.kind == .note ? NoteDetails.phrases(Self.note(entry), display) : []))
        .joined(separator: " · ")
      table.append([
        .init(display.time(entry.at)), .init(Self.kind(display, entry.kind)), .init(entry.loan),
        .init(entry.occurrence ?? "-"), .init(details),
      ])
    }
    StandardOutput.show(display.table(table), terminator: "")
  }

  /// The note a history entry of kind `note` shows, for `NoteDetails`.
  private static func note(_ entry: Control.HistoryEntry) -> Control.Note {
    Control.Note(
      id: entry.id, loan: entry.loan, at: entry.at, text: entry.note ?? "", channel: entry.channel,
      direction: entry.direction, counterpart: entry.counterpart, ref: entry.ref, promise: entry.promise,
      followUp: entry.followUp, attachments: entry.attachments, corrects: entry.corrects)
  }

  private static func kind(_ display: Display, _ kind: Control.HistoryEntry.Kind) -> String {
    switch kind {
    case .payment: display.text(en: "payment", zh: "还款")
    case .note: display.text(en: "note", zh: "沟通")
    case .delivery: display.text(en: "delivery", zh: "送达")
    case .snooze: display.text(en: "snooze", zh: "暂停")
    case .agreement: display.text(en: "agreement", zh: "协议")
    }
  }
}
