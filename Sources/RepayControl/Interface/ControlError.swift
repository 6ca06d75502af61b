import ControlInterface
import RepayCore

/// The errors `io.repayd.Control` defines: what the daemon answers a call with when it cannot
/// do what was asked, and what the server answers a malformed message or an unwelcome client
/// with.
public enum ControlError: VarlinkError {
  /// No loan has this id.
  case loanNotFound(loan: String)
  /// The loan has no occurrence on this date, or (without one named) none that is unsettled.
  case occurrenceNotFound(loan: String, occurrence: String?)
  /// No payment in force has this id: none has it, or the one that has it was withdrawn.
  case paymentNotFound(id: Int64)
  /// No note has this id.
  case noteNotFound(id: Int64)
  /// No agreement has this id.
  case agreementNotFound(id: Int64)
  /// The loan has no occurrence an agreement could cover: none overdue and unsettled, or with
  /// `all`, none unsettled at all.
  case nothingToRenegotiate(loan: String, all: Bool)
  /// An attachment could not be kept; nothing was recorded. `limit` is the largest size in bytes.
  case attachmentFailed(path: String, reason: AttachmentFault, limit: Int64)
  /// The configuration read again has errors; the one before stays in force.
  case configInvalid(diagnostics: [Control.Diagnostic])
  /// A parameter is well-typed but unusable.
  case invalidParameter(parameter: String, reason: InvalidParameterReason)
  /// The state database could not be read or written; the message names the file.
  case storeFailed(message: String)
  /// A message reached the limit (in bytes, its NUL included) without ending.
  case messageTooLarge(limit: Int)
  /// A message was not a JSON object in UTF-8 of the protocol's form.
  case invalidMessage
  /// More clients than the limit are connected.
  case tooManyConnections(limit: Int)

  /// Why an attachment could not be kept.
  public enum AttachmentFault: String, Codable, Hashable, Sendable, CaseIterable {
    /// No file is at the path (or the path is not absolute).
    case missing
    /// Something other than a regular file is there.
    case notAFile = "not_a_file"
    /// The daemon may not read it.
    case unreadable
    /// It is larger than the limit.
    case tooLarge = "too_large"
  }

  /// Why a parameter is unusable.
  public enum InvalidParameterReason: String, Codable, Hashable, Sendable, CaseIterable {
    /// Not in its form (a date, an amount, a duration).
    case format
    /// Well-formed but out of range (an amount of zero, a date in the future).
    case range
    /// In conflict with another parameter.
    case conflict
    /// Missing where one of two is required.
    case missing
  }

  /// The qualified name.
  public var name: String {
    let member =
      switch self {
      case .loanNotFound: "LoanNotFound"
      case .occurrenceNotFound: "OccurrenceNotFound"
      case .paymentNotFound: "PaymentNotFound"
      case .noteNotFound: "NoteNotFound"
      case .agreementNotFound: "AgreementNotFound"
      case .nothingToRenegotiate: "NothingToRenegotiate"
      case .attachmentFailed: "AttachmentFailed"
      case .configInvalid: "ConfigInvalid"
      case .invalidParameter: "InvalidParameter"
      case .storeFailed: "StoreFailed"
      case .messageTooLarge: "MessageTooLarge"
      case .invalidMessage: "InvalidMessage"
      case .tooManyConnections: "TooManyConnections"
      }
    return "\(Control.name).\(member)"
  }

  /// Writes the error's parameters.
  public func encodeParameters(to parameters: inout VarlinkErrorParameters.Writer) throws {
    switch self {
    case .loanNotFound(let loan): try parameters.encode(loan, "loan")
    case .occurrenceNotFound(let loan, let occurrence):
      try parameters.encode(loan, "loan")
      try parameters.encode(occurrence, "occurrence")
    case .paymentNotFound(let id), .noteNotFound(let id), .agreementNotFound(let id):
      try parameters.encode(id, "id")
    case .nothingToRenegotiate(let loan, let all):
      try parameters.encode(loan, "loan")
      try parameters.encode(all, "all")
    case .attachmentFailed(let path, let reason, let limit):
      try parameters.encode(path, "path")
      try parameters.encode(reason, "reason")
      try parameters.encode(limit, "limit")
    case .configInvalid(let diagnostics): try parameters.encode(diagnostics, "diagnostics")
    case .invalidParameter(let parameter, let reason):
      try parameters.encode(parameter, "parameter")
      try parameters.encode(reason, "reason")
    case .storeFailed(let message): try parameters.encode(message, "message")
    case .messageTooLarge(let limit), .tooManyConnections(let limit): try parameters.encode(limit, "limit")
    case .invalidMessage: break
    }
  }

  /// The error of this name; nil when `io.repayd.Control` defines none of it.
  public init?(name: String, parameters: VarlinkErrorParameters) throws {
    let prefix = Control.name + "."
    guard name.hasPrefix(prefix) else { return nil }
    switch name.dropFirst(prefix.count) {
    case "LoanNotFound": self = .loanNotFound(loan: try parameters.decode(String.self, "loan"))
    case "OccurrenceNotFound":
      self = .occurrenceNotFound(
        loan: try parameters.decode(String.self, "loan"),
        occurrence: try parameters.decodeIfPresent(String.self, "occurrence"))
    case "PaymentNotFound": self = .paymentNotFound(id: try parameters.decode(Int64.self, "id"))
    case "NoteNotFound": self = .noteNotFound(id: try parameters.decode(Int64.self, "id"))
    case "AgreementNotFound": self = .agreementNotFound(id: try parameters.decode(Int64.self, "id"))
    case "NothingToRenegotiate":
      self = .nothingToRenegotiate(
        loan: try parameters.decode(String.self, "loan"), all: try parameters.decode(Bool.self, "all"))
    case "AttachmentFailed":
      self = .attachmentFailed(
        path: try parameters.decode(String.self, "path"),
        reason: try parameters.decode(AttachmentFault.self, "reason"),
        limit: try parameters.decode(Int64.self, "limit"))
    case "ConfigInvalid":
      self = .configInvalid(diagnostics: try parameters.decode([Control.Diagnostic].self, "diagnostics"))
    case "InvalidParameter":
      self = .invalidParameter(
        parameter: try parameters.decode(String.self, "parameter"),
        reason: try parameters.decode(InvalidParameterReason.self, "reason"))
    case "StoreFailed": self = .storeFailed(message: try parameters.decode(String.self, "message"))
    case "MessageTooLarge": self = .messageTooLarge(limit: try parameters.decode(Int.self, "limit"))
    case "InvalidMessage": self = .invalidMessage
    case "TooManyConnections": self = .tooManyConnections(limit: try parameters.decode(Int.self, "limit"))
    default: return nil
    }
  }

  /// What went wrong, for a person. A configuration's findings follow, one per line, in the fixed
  /// `PATH:LINE:COLUMN: error: MESSAGE` form.
  public func message(in language: Language) -> String {
    switch self {
    case .loanNotFound(let loan):
      return language.text(en: "no loan has the id \(loan)", zh: "没有 id 为 \(loan) 的贷款")
    case .occurrenceNotFound(let loan, let occurrence?):
      return language.text(
        en: "loan \(loan) has nothing due on \(occurrence)", zh: "贷款 \(loan) 在 \(occurrence) 没有应还款项")
    case .occurrenceNotFound(let loan, nil):
      return language.text(en: "loan \(loan) has nothing left to pay", zh: "贷款 \(loan) 没有待还款项")
    case .paymentNotFound(let id):
      return language.text(
        en:
          "no payment in force has the id \(id) (a withdrawn payment stays withdrawn; repayctl history lists them)",
        zh: "没有 id 为 \(id) 的有效还款记录（已撤回的还款不能再次撤回；repayctl history 可列出全部记录）")
    case .noteNotFound(let id):
      return language.text(en: "no note has the id \(id)", zh: "没有 id 为 \(id) 的沟通记录")
    case .agreementNotFound(let id):
      return language.text(
        en: "no agreement has the id \(id) (repayctl agreements lists them)",
        zh: "没有 id 为 \(id) 的协议（repayctl agreements 可列出全部协议）")
    case .nothingToRenegotiate(let loan, true):
      return language.text(
        en: "loan \(loan) has nothing left to pay, so there is nothing to renegotiate",
        zh: "贷款 \(loan) 已没有待还款项，无需协商")
    case .nothingToRenegotiate(let loan, false):
      return language.text(
        en: "loan \(loan) has no overdue instalment to renegotiate; add --all to cover every unpaid one",
        zh: "贷款 \(loan) 没有可协商的逾期分期；加上 --all 可涵盖所有未还分期")
    case .attachmentFailed(let path, let reason, let limit):
      let why =
        switch reason {
        case .missing:
          language.text(en: "no file is there (give an absolute path)", zh: "该位置没有文件（请给出绝对路径）")
        case .notAFile: language.text(en: "it is not a regular file", zh: "它不是普通文件")
        case .unreadable: language.text(en: "repayd may not read it", zh: "repayd 无权读取它")
        case .tooLarge:
          language.text(
            en: "it is larger than \(limit / 1_000_000) MB", zh: "它超过了 \(limit / 1_000_000) MB")
        }
      return language.text(
        en: "cannot attach \(path): \(why); nothing was recorded", zh: "无法附加 \(path)：\(why)；未记录任何内容")
    case .configInvalid(let diagnostics):
      let findings = diagnostics.map {
        "\n\($0.file):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)"
      }
      return language.text(
        en: "the configuration has errors; the one before stays in force:",
        zh: "配置有错误，仍沿用之前的配置：") + findings.joined()
    case .invalidParameter(let parameter, let reason):
      return Self.message(parameter: parameter, reason: reason, in: language)
    case .storeFailed(let message):
      return language.text(en: "the state database failed: \(message)", zh: "状态数据库出错：\(message)")
    case .messageTooLarge(let limit):
      return language.text(
        en: "a message was longer than \(limit) bytes; the daemon closed the connection",
        zh: "消息超过 \(limit) 字节，守护进程已关闭连接")
    case .invalidMessage:
      return language.text(
        en: "a message was not a Varlink call in JSON; the daemon closed the connection",
        zh: "消息不是 JSON 格式的 Varlink 调用，守护进程已关闭连接")
    case .tooManyConnections(let limit):
      return language.text(
        en: "the daemon already serves \(limit) clients; try again later",
        zh: "守护进程已在服务 \(limit) 个客户端，请稍后再试")
    }
  }

  private static func message(parameter: String, reason: InvalidParameterReason, in language: Language)
    -> String
  {
    if let specific = renegotiationMessage(parameter: parameter, reason: reason, in: language) {
      return specific
    }
    return switch reason {
    case .format:
      language.text(en: "\(parameter) is not in its form", zh: "\(parameter) 的格式不正确")
    case .range:
      language.text(en: "\(parameter) is out of range", zh: "\(parameter) 超出范围")
    case .conflict:
      language.text(
        en: "\(parameter) cannot be given together with another option", zh: "\(parameter) 不能与另一选项同时使用")
    case .missing:
      language.text(en: "\(parameter) is required", zh: "必须提供 \(parameter)")
    }
  }

  /// What is wrong with a parameter of `Renegotiate` or `CancelAgreement`, named as repayctl's
  /// options name it; nil for the others, which the general messages describe.
  private static func renegotiationMessage(
    parameter: String, reason: InvalidParameterReason, in language: Language
  ) -> String? {
    switch (parameter, reason) {
    case ("extend_to", .missing):
      language.text(
        en: "say what was agreed: --extend-to DATE, --installments N --start DATE, or --waive-penalty alone",
        zh: "请说明协议内容：--extend-to DATE、--installments N --start DATE，或单独使用 --waive-penalty")
    case ("extend_to", .range):
      language.text(
        en: "--extend-to lies in the past: the agreed date is today or later",
        zh: "--extend-to 早于今天：约定日期须为今天或之后")
    case ("start", .range):
      language.text(
        en: "--start lies in the past: the first agreed instalment is today or later",
        zh: "--start 早于今天：第一期约定还款须在今天或之后")
    case ("start", .missing):
      language.text(
        en: "--installments needs --start DATE, the first agreed instalment",
        zh: "--installments 需要 --start DATE，即第一期约定还款日")
    case ("start", .conflict), ("every_months", .conflict), ("amount", .conflict):
      language.text(
        en: "--\(parameter.replacing("_", with: "-")) goes only with --installments",
        zh: "--\(parameter.replacing("_", with: "-")) 只能与 --installments 一起使用")
    case ("installments", .conflict):
      language.text(
        en: "give either --extend-to or --installments, not both", zh: "--extend-to 与 --installments 只能选一个")
    case ("installments", .range):
      language.text(
        en: "--installments must be 1 to 600, and each instalment at least the smallest unit of the currency",
        zh: "--installments 须在 1 到 600 之间，且每期至少为该货币的最小单位")
    case ("every_months", .range):
      language.text(en: "--every-months must be 1 to 12", zh: "--every-months 须在 1 到 12 之间")
    case ("total", .conflict):
      language.text(
        en: "--total does not go with a waiver (--waive-penalty alone)",
        zh: "--total 不能用于单独的罚息减免（只有 --waive-penalty）")
    case ("note", .missing):
      language.text(en: "--note is required: what was agreed, in your words", zh: "必须提供 --note：用你自己的话写下协议内容")
    case ("id", .conflict):
      language.text(en: "that agreement is cancelled already", zh: "该协议已取消")
    default: nil
    }
  }
}
