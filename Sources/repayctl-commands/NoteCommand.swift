import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

#if canImport(Glibc)
  import Glibc
#endif

extension Control.NoteChannel: ExpressibleByArgument {}
extension Control.NoteDirection: ExpressibleByArgument {}
extension Control.Promise.Party: ExpressibleByArgument {}

/// `repayctl note LOAN TEXT [--channel ...] [--direction out|in] [--counterpart TEXT] [--ref
/// ORDER] [--promise MONEY --promise-date DATE --promise-by me|platform] [--follow-up
/// DATE|DATE'T'HH:MM] [--attach FILE]... [--corrects ID]`: writes an entry of the communication
/// log (measures 1, 4 and 5 of the overdue playbook).
struct NoteCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "note",
      abstract: Invocation.text(en: "Write down what the platform said.", zh: "记下平台的答复。"),
      discussion: Invocation.text(
        en: """
          Adds an entry to the loan's communication log: what was said, how (--channel), who \
          reached out (--direction) and to whom (--counterpart), the platform's order or case \
          number (--ref), what was promised (--promise with --promise-date and --promise-by), \
          when to come back to it (--follow-up, a date or a local date and time), the files \
          that go with it (--attach, repeated; the daemon keeps a copy and its SHA-256) and the \
          note it corrects (--corrects: notes are never edited). A follow-up, and a promise's \
          date, remind you once. The log is what a negotiation or legal advice needs.

          Examples:
            repayctl note huabei "Late fee waived if paid by Friday" --channel phone --ref A-20261201
            repayctl note huabei "Asked for instalments" --follow-up 2026-12-05T14:00
            repayctl note huabei "Agreed to pay 500 on Friday" --promise 500.00 \\
              --promise-date 2026-12-04 --promise-by me --counterpart "Ms Wang" --direction out
            repayctl note huabei "Receipt of the transfer" --attach receipt.png
            repayctl note huabei "It was 600, not 500" --corrects 7
          """,
        zh: """
          在该贷款的沟通记录中添加一条：沟通内容、方式（--channel）、由谁发起（--direction）、\
          对接人（--counterpart）、平台订单号或工单号（--ref）、承诺（--promise 加 --promise-date \
          和 --promise-by）、何时跟进（--follow-up，日期或本地日期时间）、相关文件（--attach，\
          可重复；守护进程会保存副本并记录 SHA-256），以及所更正的记录（--corrects：记录从不修改）。\
          跟进时间和承诺日期到时会提醒一次。协商或咨询法律意见时都需要这些记录。

          示例：
            repayctl note huabei "周五前还款可免滞纳金" --channel phone --ref A-20261201
            repayctl note huabei "已申请分期" --follow-up 2026-12-05T14:00
            repayctl note huabei "答应周五还 500" --promise 500.00 \\
              --promise-date 2026-12-04 --promise-by me --counterpart 王女士 --direction out
            repayctl note huabei "转账凭证" --attach receipt.png
            repayctl note huabei "应为 600，不是 500" --corrects 7
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
      Invocation.text(en: "Who reached out: out (you) or in (the platform).", zh: "由谁发起：out（我方）或 in（平台）。"),
      valueName: "out|in"))
  var direction: Control.NoteDirection?

  @Option(
    help: ArgumentHelp(Invocation.text(en: "The person you spoke to.", zh: "对接人。"), valueName: "name"))
  var counterpart: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The platform's order or case number.", zh: "平台的订单号或工单号。"), valueName: "order"))
  var ref: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "An amount promised, in the loan's currency.", zh: "承诺的金额（该贷款的币种）。"),
      valueName: "amount"))
  var promise: String?

  @Option(
    name: .customLong("promise-date"),
    help: ArgumentHelp(
      Invocation.text(en: "The date it was promised by, YYYY-MM-DD.", zh: "承诺的期限 YYYY-MM-DD。"),
      valueName: "date"))
  var promiseDate: String?

  @Option(
    name: .customLong("promise-by"),
    help: ArgumentHelp(
      Invocation.text(en: "Who promised: me or platform.", zh: "承诺方：me（我）或 platform（平台）。"),
      valueName: "me|platform"))
  var promiseBy: Control.Promise.Party?

  @Option(
    name: .customLong("follow-up"),
    help: ArgumentHelp(
      Invocation.text(
        en: "When to come back to it: YYYY-MM-DD, or YYYY-MM-DDTHH:MM local time.",
        zh: "跟进时间：YYYY-MM-DD，或本地时间 YYYY-MM-DDTHH:MM。"),
      valueName: "date"))
  var followUp: String?

  @Option(
    name: .customLong("attach"),
    help: ArgumentHelp(
      Invocation.text(
        en: "A file to keep with it (repeatable; at most 50 MB).", zh: "随记录保存的文件（可重复；每个最多 50 MB）。"),
      valueName: "file"))
  var attachments: [String] = []

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The id of the note this one corrects.", zh: "本条所更正的记录 id。"), valueName: "id"))
  var corrects: Int64?

  func validate() throws {
    try DateArgument.check(promiseDate, option: "--promise-date")
    guard let followUp else { return }
    let parts = followUp.split(separator: "T", omittingEmptySubsequences: false)
    let isTime =
      parts.count == 2 && parts[1].count == 5
      && parts[1].enumerated().allSatisfy { index, character in
        index == 2 ? character == ":" : character.isASCII && character.isNumber
      }
    guard parts.count == 1 || isTime else {
      throw ValidationError(
        Invocation.text(
          en:
            "--follow-up '\(followUp)' is neither a date nor a date and time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM.",
          zh: "--follow-up '\(followUp)' 不是日期或日期时间；请写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM。"))
    }
    try DateArgument.check(String(parts[0]), option: "--follow-up")
  }

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard
      let reply = try connection.reply(
        Control.AddNoteRequest(
          loan: loan, text: text, channel: channel, direction: direction, counterpart: counterpart, ref: ref,
          promiseAmount: promise, promiseDate: promiseDate, promiseBy: promiseBy, followUp: followUp,
          attachments: attachments.isEmpty ? nil : attachments.map(Self.absolute), corrects: corrects))
    else { return }
    let display = try connection.display()
    let note = reply.note
    StandardOutput.show(
      display.text(
        en: "Noted for \(note.loan) at \(display.time(note.at)) (note \(note.id)).",
        zh: "已为 \(note.loan) 记录（记录 \(note.id)，\(display.time(note.at))）。"))
    for phrase in NoteDetails.phrases(note, display) { StandardOutput.show("  " + phrase) }
  }

  /// `path` made absolute against the current directory: the daemon, which opens it, runs
  /// elsewhere.
  private static func absolute(_ path: String) -> String {
    guard !path.hasPrefix("/"), let current = getcwd(nil, 0) else { return path }
    defer { free(current) }
    return String(cString: current) + "/" + path
  }
}
