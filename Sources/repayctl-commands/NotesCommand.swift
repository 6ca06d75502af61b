import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl notes [LOAN] [--pending]`: the communication log, of one loan or of all, oldest
/// first; with `--pending`, the notes whose follow-up or promise is still ahead.
struct NotesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "notes",
      abstract: Invocation.text(en: "List the communication log.", zh: "列出沟通记录。"),
      discussion: Invocation.text(
        en: """
          Lists what was noted with repayctl note, of one loan or of all, oldest first: when, \
          the channel, the text and every other field: the platform's order or case number, who \
          reached out and to whom, a promise, the follow-up, the note it corrects and the \
          attachments with their SHA-256. --pending lists only the notes whose follow-up or \
          promise is still ahead.

          Examples:
            repayctl notes
            repayctl notes huabei --pending
            repayctl notes huabei --json
          """,
        zh: """
          按时间先后列出用 repayctl note 记下的内容（一笔贷款或全部）：时间、渠道、内容，以及其他所有字段：\
          平台订单号或工单号、由谁发起、对接人、承诺、跟进时间、所更正的记录、附件及其 SHA-256。\
          --pending 只列出跟进或承诺尚未到期的记录。

          示例：
            repayctl notes
            repayctl notes huabei --pending
            repayctl notes huabei --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(
    help: ArgumentHelp(Invocation.text(en: "Only this loan's notes.", zh: "只列出该贷款的记录。"), valueName: "loan"))
  var loan: String?

  @Flag(
    help: ArgumentHelp(
      Invocation.text(
        en: "Only the notes whose follow-up or promise is still ahead.", zh: "只列出跟进或承诺尚未到期的记录。")))
  var pending = false

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard
      let reply = try connection.reply(Control.ListNotesRequest(loan: loan, pending: pending ? true : nil))
    else { return }
    let display = try connection.display()
    guard !reply.notes.isEmpty else {
      StandardOutput.show(
        pending
          ? display.text(en: "No follow-up or promise is ahead.", zh: "没有尚未到期的跟进或承诺。")
          : display.text(en: "No notes yet.", zh: "还没有沟通记录。"))
      return
    }
    StandardOutput.show(
      display.table(Self.table(reply.notes, display, withLoan: loan == nil)), terminator: "")
  }

  /// The notes as a table, every field of each (`NoteDetails`); the loan column only when they
  /// may be of several loans.
  static func table(_ notes: [Control.Note], _ display: Display, withLoan: Bool) -> TextTable {
    let english = display.language == .english
    var header = english ? ["ID", "At", "Channel", "Text", "Details"] : ["ID", "时间", "渠道", "内容", "详情"]
    if withLoan { header.insert(english ? "Loan" : "贷款", at: 2) }
    let rows = notes.map { note in
      var row = [
        String(note.id), display.time(note.at), note.channel.map { channel(display, $0) } ?? "-", note.text,
        NoteDetails.phrases(note, display).joined(separator: display.text(en: "; ", zh: "；")),
      ]
      if withLoan { row.insert(note.loan, at: 2) }
      return row
    }
    return TextTable(header: header, rows: rows, shrinkable: [header.count - 1, header.count - 2])
  }

  /// A channel's name in the user's language.
  static func channel(_ display: Display, _ channel: Control.NoteChannel) -> String {
    switch channel {
    case .phone: display.text(en: "phone", zh: "电话")
    case .chat: display.text(en: "chat", zh: "在线客服")
    case .email: display.text(en: "email", zh: "邮件")
    case .visit: display.text(en: "visit", zh: "当面")
    case .letter: display.text(en: "letter", zh: "信件")
    }
  }
}
