import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

extension Control.NoteChannel: ExpressibleByArgument {}

/// `repayctl note LOAN TEXT [--channel ...] [--ref ORDER] [--follow-up DATE]`: writes an entry of
/// the communication log (measures 1, 4 and 5 of the overdue playbook).
struct NoteCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "note",
      abstract: Invocation.text(en: "Write down what the platform said.", zh: "记下平台的答复。"),
      discussion: Invocation.text(
        en: """
          Adds an entry to the loan's communication log: what was said, how (--channel), the \
          platform's order or case number (--ref) and when to come back to it (--follow-up). \
          The log is what a negotiation or legal advice needs.

          Examples:
            repayctl note huabei "Late fee waived if paid by Friday" --channel phone --ref A-20261201
            repayctl note huabei "Asked for instalments" --follow-up 2026-12-05
          """,
        zh: """
          在该贷款的沟通记录中添加一条：沟通内容、方式（--channel）、平台订单号或工单号（--ref），\
          以及何时跟进（--follow-up）。协商或咨询法律意见时都需要这些记录。

          示例：
            repayctl note huabei "周五前还款可免滞纳金" --channel phone --ref A-20261201
            repayctl note huabei "已申请分期" --follow-up 2026-12-05
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The loan's id.", zh: "贷款的 id。"), valueName: "loan"))
  var loan: String

  @Argument(help: ArgumentHelp(Invocation.text(en: "What to write down.", zh: "要记下的内容。"), valueName: "text"))
  var text: String

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "How you were in touch.", zh: "沟通方式。"), valueName: "phone|chat|email|visit|letter"))
  var channel: Control.NoteChannel?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The platform's order or case number.", zh: "平台的订单号或工单号。"), valueName: "order"))
  var ref: String?

  @Option(
    name: .customLong("follow-up"),
    help: ArgumentHelp(
      Invocation.text(en: "The date to come back to it, YYYY-MM-DD.", zh: "跟进日期 YYYY-MM-DD。"),
      valueName: "date"))
  var followUp: String?

  func validate() throws {
    try DateArgument.check(followUp, option: "--follow-up")
  }

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard
      let reply = try connection.reply(
        Control.AddNoteRequest(loan: loan, text: text, channel: channel, ref: ref, followUp: followUp))
    else { return }
    let display = try connection.display()
    let note = reply.note
    var line = display.text(
      en: "Noted for \(note.loan) at \(display.time(note.at)) (note \(note.id))",
      zh: "已为 \(note.loan) 记录（记录 \(note.id)，\(display.time(note.at))）")
    if let followUp = note.followUp {
      line += display.text(en: "; follow up \(followUp)", zh: "；\(followUp) 跟进")
    }
    print(line + display.text(en: ".", zh: "。"))
  }
}
