import ControlInterface
import RepayCore

extension DossierSections {
  /// The whole communication log, every field of each note.
  func notes() -> [DossierBlock] {
    section(
      en: "Communication log", zh: "沟通记录",
      header: [
        "ID", text(en: "When", zh: "时间"), text(en: "Contact", zh: "联系情况"),
        text(en: "What was said", zh: "内容"),
        text(en: "Promise, follow-up, files", zh: "承诺、跟进、附件"),
      ],
      rows: reply.notes.map { note in
        [String(note.id), display.time(note.at), contact(note), note.text, details(note)]
      }, empty: (en: "No note recorded.", zh: "没有沟通记录。"))
  }

  /// How the person was in touch: channel, who began, with whom, under which reference.
  private func contact(_ note: Control.Note) -> String {
    let channel = note.channel.map { channel in
      switch channel {
      case .phone: text(en: "phone", zh: "电话")
      case .chat: text(en: "chat", zh: "在线聊天")
      case .email: text(en: "email", zh: "邮件")
      case .visit: text(en: "visit", zh: "面谈")
      case .letter: text(en: "letter", zh: "信件")
      }
    }
    let direction = note.direction.map { direction in
      switch direction {
      case .out: text(en: "I contacted them", zh: "本人联系平台")
      case .in: text(en: "they contacted me", zh: "平台联系本人")
      }
    }
    let parts = [
      channel, direction, note.counterpart.map { text(en: "with \($0)", zh: "对方：\($0)") },
      note.ref.map { text(en: "ref \($0)", zh: "编号 \($0)") },
    ]
    return parts.compactMap { $0 }.joined(separator: text(en: ", ", zh: "，"))
  }

  /// What a note promised, when to come back to it, what it corrects and what it keeps.
  private func details(_ note: Control.Note) -> String {
    let promise = note.promise.map { promise in
      let amount = display.money(promise.amount, promise.currency)
      return switch promise.by {
      case .me: text(en: "I promised \(amount) by \(promise.date)", zh: "本人承诺于 \(promise.date) 前支付 \(amount)")
      case .platform:
        text(
          en: "the platform promised \(amount) by \(promise.date)", zh: "平台承诺于 \(promise.date) 前处理 \(amount)")
      }
    }
    let files = (note.attachments ?? []).map(\.name)
    let parts = [
      promise, note.followUp.map { text(en: "follow up \($0)", zh: "跟进 \($0)") },
      note.corrects.map { text(en: "corrects note \($0)", zh: "更正记录 \($0)") },
      files.isEmpty ? nil : text(en: "files: ", zh: "附件：") + files.joined(separator: ", "),
    ]
    return parts.compactMap { $0 }.joined(separator: text(en: "; ", zh: "；"))
  }

  /// Every agreement with the platform, cancelled ones too.
  func agreements() -> [DossierBlock] {
    section(
      en: "Agreements", zh: "协议",
      header: [
        "ID", text(en: "Made", zh: "达成时间"), text(en: "Kind and state", zh: "类型与状态"),
        text(en: "Total", zh: "总额"),
        text(en: "Replaces", zh: "取代的分期"), text(en: "Asks for", zh: "约定的还款"), text(en: "Terms", zh: "说明"),
      ],
      rows: reply.agreements.map { agreement in
        var terms = [agreement.note]
        if let ref = agreement.ref { terms.append(text(en: "ref \(ref)", zh: "编号 \(ref)")) }
        if let who = agreement.counterpart { terms.append(text(en: "with \(who)", zh: "对方：\(who)")) }
        if let cancelled = agreement.cancelledAt {
          terms.append(
            text(en: "cancelled \(display.time(cancelled))", zh: "已于 \(display.time(cancelled)) 取消"))
        }
        return [
          String(agreement.id), display.time(agreement.createdAt),
          kind(agreement.kind) + text(en: ", ", zh: "，") + state(agreement.state),
          display.money(agreement.total, agreement.currency), agreement.supersedes.joined(separator: ", "),
          agreement.occurrences.map { "\($0.due) \(display.money($0.amount, agreement.currency))" }
            .joined(separator: "; "),
          terms.joined(separator: text(en: "; ", zh: "；")),
        ]
      }, numeric: [3], empty: (en: "No agreement recorded.", zh: "没有协议记录。"))
  }

  /// An agreement's kind in words.
  func kind(_ kind: Control.Agreement.Kind) -> String {
    switch kind {
    case .extension: text(en: "extension", zh: "延期")
    case .installments: text(en: "instalments", zh: "分期")
    case .waiver: text(en: "penalty waived", zh: "免除罚息")
    }
  }

  /// An agreement's state in words.
  func state(_ state: Control.Agreement.State) -> String {
    switch state {
    case .active: text(en: "in force", zh: "执行中")
    case .kept: text(en: "kept", zh: "已履行")
    case .broken: text(en: "broken", zh: "已违约")
    case .cancelled: text(en: "cancelled", zh: "已取消")
    }
  }

  /// Every reminder delivered: it shows the person was warned, and when.
  func deliveries() -> [DossierBlock] {
    section(
      en: "Reminders delivered", zh: "已发送的提醒",
      header: [
        text(en: "Delivered", zh: "发送时间"), text(en: "Stage", zh: "阶段"),
        text(en: "Instalment due", zh: "所属分期"),
        text(en: "Planned", zh: "计划时间"), text(en: "Reached", zh: "送达渠道"),
      ],
      rows: reply.deliveries.map { delivery in
        [
          display.time(delivery.delivered), display.stage(delivery.stage), delivery.occurrence,
          display.time(delivery.planned), delivery.sinks.map(sink).joined(separator: text(en: ", ", zh: "、")),
        ]
      }, empty: (en: "No reminder delivered yet.", zh: "尚未发送任何提醒。"))
  }

  /// Where a notice went, by the daemon's name for the sink, in words; a name it does not know
  /// as it came.
  private func sink(_ name: String) -> String {
    switch name {
    case "journal": text(en: "system journal", zh: "系统日志")
    case "desktop": text(en: "desktop notification", zh: "桌面通知")
    case "hooks": text(en: "hook commands", zh: "钩子命令")
    case "stderr": text(en: "standard error", zh: "标准错误输出")
    default: name
    }
  }

  /// The files kept with the notes, each with its size and SHA-256.
  func attachments() -> [DossierBlock] {
    section(
      en: "Attached files", zh: "附件",
      header: [text(en: "File", zh: "文件"), text(en: "Bytes", zh: "字节数"), "SHA-256"],
      rows: reply.attachments.map { [$0.name, String($0.bytes), $0.sha256] }, numeric: [1],
      empty: (en: "No file attached.", zh: "没有附件。"))
  }
}
