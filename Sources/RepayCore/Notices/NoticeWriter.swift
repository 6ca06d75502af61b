/// Writes the notice of a delivered stage in English or Simplified Chinese: what is due, how
/// much is still owed, and the concrete next step. Pure: "today" (the local date of delivery,
/// which after a catch-up is later than the planned instant's) is a parameter.
public struct NoticeWriter: Sendable {
  /// The language of titles and bodies.
  public let language: Language

  /// A writer in `language`.
  public init(language: Language) {
    self.language = language
  }

  /// The notice of `stage` (advance, due, overdue or settled) for the occurrence of `loan`
  /// whose effective due date is `due`, with `paid` minor units already paid on it, delivered
  /// on the local date `today`. `offset` is the advance stage's offset, for its urgency (the
  /// closest advance notice is more urgent than the earlier ones).
  public func notice(
    _ stage: Stage, offset: ReminderOffset? = nil, of loan: Loan, due: LocalDate, paid: Int64 = 0,
    today: LocalDate
  ) -> Notice {
    let owed = Money(minorUnits: max(0, loan.amount.minorUnits - paid), currency: loan.amount.currency)
    let amount = owed.displayText
    var daysOverdue: Int?
    var priority = 5
    var urgency = NoticeUrgency.normal
    let title: String
    let body: String
    switch stage {
    case .advance:
      let closest = loan.reminders.before.map(\.seconds).min()
      urgency = offset == nil || offset?.seconds == closest ? .normal : .low
      title = "\(loan.name) \(amount) " + dueIn(today.distance(to: due))
      body = text(
        en: "Due on \(due) at \(loan.platform). \(payChannels(of: loan)).",
        zh: "到期日 \(due)，平台：\(loan.platform)。\(payChannels(of: loan))。")
    case .due:
      priority = 4
      title = text(en: "\(loan.name) \(amount) is due today", zh: "\(loan.name) \(amount) 今天到期")
      let channels = contactChannels(of: loan).joined(separator: text(en: ", ", zh: "、"))
      let via = channels.isEmpty ? "" : text(en: " (\(channels))", zh: "（\(channels)）")
      body = text(
        en: "Pay today at \(loan.platform)\(via), then record it: repayctl pay \(loan.id)",
        zh: "请今天在\(loan.platform)还款\(via)，还款后记录：repayctl pay \(loan.id)")
    case .overdue:
      let days = max(1, loan.daysOverdue(due: due, today: today))
      let step = OverdueStep(daysOverdue: days)
      daysOverdue = days
      priority = step.priority
      urgency = .critical
      let soFar = loan.penalty.accrued(on: owed, daysOverdue: days).displayText
      let perDay = loan.penalty.perDay(on: owed).displayText
      title = text(
        en: "\(loan.name) \(amount) is \(days) day\(days == 1 ? "" : "s") overdue",
        zh: "\(loan.name) \(amount) 已逾期 \(days) 天")
      body = text(
        en: "\(amount) unpaid since \(due); penalty so far \(soFar), \(perDay) a day. Next step: "
          + nextStep(step, of: loan),
        zh: "自 \(due) 起未还 \(amount)；罚息至今 \(soFar)，每天 \(perDay)。下一步：" + nextStep(step, of: loan))
    case .settled:
      priority = 6
      urgency = .low
      title = text(
        en: "\(loan.name): the instalment due \(due) is settled", zh: "\(loan.name)：\(due) 到期的一期已结清")
      body = text(
        en: "To stay ahead: keep a monthly budget, know \(loan.platform)'s rules and fees, "
          + "and check your credit report now and then.",
        zh: "避免再次逾期：做好每月预算，了解\(loan.platform)的规则和费用，定期查看征信报告。")
    case .summary, .reminder:
      preconditionFailure("\(stage) notices are written by summary(of:) and reminder(id:message:)")
    }
    return Notice(
      stage: stage, loan: loan.id, occurrence: due, outstanding: owed, daysOverdue: daysOverdue,
      reminder: nil, priority: priority, urgency: urgency, title: title, body: body,
      message: joined(title, body))
  }

  /// The notice of a free-standing `[[reminder]]`: its own message.
  public func reminder(id: String, message: String) -> Notice {
    let title = text(en: "Reminder: \(message)", zh: "提醒：\(message)")
    return Notice(
      stage: .reminder, loan: nil, occurrence: nil, outstanding: nil, daysOverdue: nil, reminder: id,
      priority: 5, urgency: .normal, title: title, body: message, message: title)
  }

  /// One notice in place of `notices` delivered together (a catch-up): as insistent as the most
  /// insistent of them, counting them by stage and listing their titles, most urgent first.
  public func summary(of notices: [Notice]) -> Notice {
    let ordered = notices.sorted { ($0.priority, $1.urgency) < ($1.priority, $0.urgency) }
    let counts = Stage.allCases.compactMap { stage -> String? in
      let count = notices.count { $0.stage == stage }
      guard count > 0 else { return nil }
      return text(en: "\(count) \(stage.rawValue)", zh: "\(stageName(stage)) \(count) 条")
    }
    let title = text(
      en: "\(notices.count) repayment notices while repayd was away (\(counts.joined(separator: ", ")))",
      zh: "repayd 未运行期间的 \(notices.count) 条还款提醒（\(counts.joined(separator: "，"))）")
    let body = ordered.map(\.title).joined(separator: text(en: "; ", zh: "；"))
    return Notice(
      stage: .summary, loan: nil, occurrence: nil, outstanding: nil, daysOverdue: nil, reminder: nil,
      priority: ordered.first?.priority ?? 6, urgency: notices.map(\.urgency).max() ?? .low,
      title: title, body: body, message: joined(title, body))
  }

  /// "due in 3 days", "due tomorrow", "due today".
  private func dueIn(_ days: Int) -> String {
    switch days {
    case ...0: text(en: "is due today", zh: "今天到期")
    case 1: text(en: "is due tomorrow", zh: "明天到期")
    default: text(en: "is due in \(days) days", zh: "还有 \(days) 天到期")
    }
  }

  /// Where to pay, from the loan's contact: "How to pay: app Alipay, phone 95188".
  private func payChannels(of loan: Loan) -> String {
    let channels = contactChannels(of: loan)
    guard !channels.isEmpty else { return text(en: "Pay at \(loan.platform)", zh: "请在\(loan.platform)还款") }
    return text(en: "How to pay: ", zh: "还款渠道：") + channels.joined(separator: text(en: ", ", zh: "、"))
  }

  /// The loan's contact as short phrases, app first (where people pay), then web, phone, mail.
  func contactChannels(of loan: Loan) -> [String] {
    let contact = loan.contact
    return [
      contact.app.map { text(en: "app \($0)", zh: "App \($0)") },
      contact.url,
      contact.phone.map { text(en: "phone \($0)", zh: "电话 \($0)") },
      contact.email.map { text(en: "email \($0)", zh: "邮箱 \($0)") },
    ].compactMap { $0 }
  }

  /// The concrete next step for `step`.
  private func nextStep(_ step: OverdueStep, of loan: Loan) -> String {
    switch step {
    case .contactPlatform:
      // The quickest way to a person first: phone, then mail, web, app.
      let contact = loan.contact
      let reach = [
        contact.phone.map { text(en: "phone \($0)", zh: "电话 \($0)") },
        contact.email.map { text(en: "email \($0)", zh: "邮箱 \($0)") }, contact.url,
        contact.app.map { text(en: "app \($0)", zh: "App \($0)") },
      ].compactMap { $0 }.first
      let how = reach.map { text(en: " (\($0))", zh: "（\($0)）") } ?? ""
      return text(
        en: "contact \(loan.platform) now\(how): give the order number, ask why it went overdue and "
          + "what they propose, and record their answer with repayctl note \(loan.id) \"…\"",
        zh: "立即联系\(loan.platform)\(how)：提供订单号，问清逾期原因和处理办法，"
          + "并用 repayctl note \(loan.id) \"…\" 记下答复")
    case .makePlan:
      return text(
        en: "make a repayment plan from an honest budget (income, spending, other debts), overdue "
          + "amounts first, and keep to it: repayctl plan",
        zh: "根据真实的收入、支出和其他债务做还款计划，优先还逾期部分，并按计划执行：repayctl plan")
    case .negotiate:
      return text(
        en: "ask \(loan.platform) for an extension or instalments, backed by your plan and payment "
          + "records: repayctl renegotiate \(loan.id)",
        zh: "凭还款计划和过往还款记录，向\(loan.platform)申请延期或分期：repayctl renegotiate \(loan.id)")
    case .legalAdvice:
      return text(
        en: "seek professional legal advice, with your records ready (amounts, dates, "
          + "communication, receipts): repayctl dossier \(loan.id)",
        zh: "带上记录（金额、日期、沟通记录、凭证）寻求专业法律意见：repayctl dossier \(loan.id)")
    }
  }

  /// The stage's name in Chinese, for summary counts.
  private func stageName(_ stage: Stage) -> String {
    switch stage {
    case .advance: "提前提醒"
    case .due: "到期"
    case .overdue: "逾期"
    case .settled: "已结清"
    case .summary: "汇总"
    case .reminder: "提醒"
    }
  }

  /// Title and body as one line for the journal.
  func joined(_ title: String, _ body: String) -> String {
    title + text(en: ": ", zh: "：") + body
  }

  /// `en` or `zh`, in the writer's language.
  func text(en: String, zh: String) -> String { language.text(en: en, zh: zh) }
}
