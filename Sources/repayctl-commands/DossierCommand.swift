import ArgumentParser
import ControlInterface
import RepayControl
import RepayCore
import RepayDisplay

/// `repayctl dossier LOAN [--format markdown|html|json] [-o FILE] [--bundle DIR]`: everything
/// about one loan for a lawyer or the platform's complaints desk (measure 5 of the overdue
/// playbook), as a document, or as a folder with every format, the attached files and their
/// checksums.
struct DossierCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "dossier",
      abstract: Invocation.text(
        en: "Put together one loan's records for a lawyer or the platform.", zh: "整理一笔贷款的全部记录，供律师或平台投诉部门使用。"),
      discussion: Invocation.text(
        en: """
          Writes the loan's dossier: a summary (outstanding, days overdue, penalty so far, \
          what was agreed), its terms and the platform's contact, how the penalty is worked \
          out, and every instalment, payment (withdrawn ones too), note, agreement, reminder \
          delivered and attached file with its SHA-256. Markdown on standard output by \
          default; --format html gives one self-contained page that prints on A4; \
          --format json (or --json) the daemon's reply as it is. -o writes to FILE instead.

          --bundle DIR writes dossier.md, dossier.html, dossier.json, the attached files in \
          DIR/attachments/ and a SHA256SUMS that `sha256sum -c SHA256SUMS` checks from DIR. DIR \
          must be new or empty. Two files of the same name are kept as NAME, NAME-2, NAME-3…

          Examples:
            repayctl dossier huabei
            repayctl dossier huabei --format html -o huabei.html
            repayctl dossier huabei --bundle ~/huabei-dossier
          """,
        zh: """
          生成该贷款的档案：摘要（未还金额、逾期天数、至今罚息、与平台的约定）、贷款条款与平台联系方式、\
          罚息的计算过程，以及每一期、每笔还款（含已撤销的）、每条沟通记录、每份协议、每次已发送的提醒和\
          每个附件（附 SHA-256）。默认以 Markdown 输出到标准输出；--format html 生成可在 A4 纸上打印的\
          独立网页；--format json（或 --json）原样输出守护进程的回复。-o 则写入 FILE。

          --bundle DIR 写入 dossier.md、dossier.html、dossier.json、DIR/attachments/ 下的附件，\
          以及可在 DIR 中用 `sha256sum -c SHA256SUMS` 校验的 SHA256SUMS。DIR 必须不存在或为空。\
          同名的附件依次保存为 NAME、NAME-2、NAME-3……

          示例：
            repayctl dossier huabei
            repayctl dossier huabei --format html -o huabei.html
            repayctl dossier huabei --bundle ~/huabei-dossier
          """))
  }

  /// The forms a dossier is written in.
  enum Format: String, CaseIterable, ExpressibleByArgument {
    case markdown, html, json
  }

  @OptionGroup var daemon: DaemonOptions

  @Argument(help: ArgumentHelp(Invocation.text(en: "The loan's id.", zh: "贷款的 id。"), valueName: "loan"))
  var loan: String

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The form: markdown (default), html or json.", zh: "格式：markdown（默认）、html 或 json。"),
      valueName: "markdown|html|json"))
  var format: Format?

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      Invocation.text(en: "Write to FILE instead of standard output.", zh: "写入 FILE 而不是标准输出。"),
      valueName: "file"))
  var output: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(
        en: "Write every form, the attached files and SHA256SUMS into DIR (new or empty).",
        zh: "把所有格式、附件和 SHA256SUMS 写入 DIR（须不存在或为空）。"),
      valueName: "dir"))
  var bundle: String?

  func validate() throws {
    if bundle != nil, format != nil || output != nil || daemon.json {
      throw ValidationError(
        Invocation.text(
          en: "--bundle writes every form into its folder; it does not go with --format, --json or -o.",
          zh: "--bundle 会把所有格式写入该目录，不能与 --format、--json 或 -o 同用。"))
    }
    if daemon.json, let format, format != .json {
      throw ValidationError(
        Invocation.text(
          en: "--json is --format json; it does not go with --format \(format.rawValue).",
          zh: "--json 即 --format json，不能与 --format \(format.rawValue) 同用。"))
    }
  }

  func run() throws {
    let connection = try DaemonConnection(daemon)
    let (reply, parameters) = try connection.replyKeepingText(Control.GetDossierRequest(loan: loan))
    if let bundle {
      try DossierBundleWriter(
        folder: bundle, reply: reply, json: parameters, display: try connection.display()
      )
      .write()
      return
    }
    let chosen = daemon.json ? .json : format ?? .markdown
    let text: String =
      switch chosen {
      case .json: parameters + "\n"
      case .markdown: DossierDocument(reply, display: try connection.display()).markdown
      case .html: DossierDocument(reply, display: try connection.display()).html
      }
    guard let output else {
      // The JSON goes out exactly as made; the documents are for reading.
      if chosen == .json {
        StandardOutput.write(text, terminator: "")
      } else {
        StandardOutput.show(text, terminator: "")
      }
      return
    }
    try OutputFile.save(Array(text.utf8), to: output)
  }
}
