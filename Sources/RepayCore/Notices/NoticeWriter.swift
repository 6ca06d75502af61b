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
  /// on the local date `today`, under the loan's agreements `terms` (`scheduled`: whether the
  /// schedule has an instalment on that date, or only an agreement asks for it). `offset` is
  /// the advance stage's offset, for its urgency (the closest advance notice is more urgent than
  /// the earlier ones). `planned`: what the adopted repayment plan pays the loan in the due
  /// date's month, which an advance notice names.
  ///
  /// An overdue notice's next step ends with a command line that runs as printed: the loan and
  /// the options it requires filled in. An agreed occurrence that is overdue says that the
  /// agreement is broken; while an agreement is in force, the step follows it rather than
  /// suggesting to negotiate again.
  public func notice(
    _ stage: Stage, offset: ReminderOffset? = nil, of loan: Loan, due: LocalDate, paid: Int64 = 0,
    today: LocalDate, terms: AgreedTerms = .none, scheduled: Bool = true, planned: Money? = nil
  ) -> Notice {
    let asked = terms.asked(due: due, scheduled: scheduled ? loan.amount.minorUnits : nil)
    let owed = Money(minorUnits: max(0, asked - paid), currency: loan.amount.currency)
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
      body =
        text(
          en: "Due on \(due) at \(loan.platform). \(payChannels(of: loan)).",
          zh: "到期日 \(due)，平台：\(loan.platform)。\(payChannels(of: loan))。")
        + (planned.map { plannedPayment($0, month: CalendarMonth(containing: due).description) } ?? "")
    case .due:
      priority = 4
      title = text(en: "\(loan.name) \(amount) is due today", zh: "\(loan.name) \(amount) 今天到期")
      let channels = contactChannels(of: loan).joined(separator: text(en: ", ", zh: "、"))
      let via = channels.isEmpty ? "" : text(en: " (\(channels))", zh: "（\(channels)）")
      body = text(
        en: "Pay today at \(loan.platform)\(via), then record it: repayctl pay \(loan.id)",
        zh: "请今天在\(loan.platform)还款\(via)，还款后记录：repayctl pay \(loan.id)")
    case .overdue:
      // Days as the standing counts them: an offset under a day (the demo's) fires while the
      // instalment is still within its due date and grace days, 0 days overdue.
      let days = loan.daysOverdue(due: due, today: today)
      let step = OverdueStep(daysOverdue: days)
      daysOverdue = days
      priority = step.priority
      urgency = .critical
      let waived = terms.waived[due] != nil
      let none = Money(minorUnits: 0, currency: owed.currency)
      let soFar = (waived ? none : loan.penalty.accrued(on: owed, daysOverdue: days)).displayText
      let perDay = (waived ? none : loan.penalty.perDay(on: owed)).displayText
      guard days > 0 else {
        let early = notOverdueYet(
          of: loan, amount: amount, due: due, soFar: soFar, perDay: perDay, waived: waived)
        title = early.title
        body = early.body
        break
      }
      let broken = terms.agreed[due]?.agreement
      title =
        text(
          en: "\(loan.name) \(amount) is \(days) day\(days == 1 ? "" : "s") overdue",
          zh: "\(loan.name) \(amount) 已逾期 \(days) 天")
        + (broken.map { text(en: ": agreement \($0) is broken", zh: "：协议 \($0) 已违约") } ?? "")
      let penaltyText =
        waived
        ? text(en: "penalty waived by agreement", zh: "罚息已按协议减免")
        : text(en: "penalty so far \(soFar), \(perDay) a day", zh: "罚息至今 \(soFar)，每天 \(perDay)")
      let next = nextStep(step, of: loan, due: due, today: today, broken: broken, inForce: terms.latest)
      body = text(
        en: "\(amount) unpaid since \(due); \(penaltyText). Next step: " + next,
        zh: "自 \(due) 起未还 \(amount)；\(penaltyText)。下一步：" + next)
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

  /// The title and body of an overdue stage that fires before the instalment is overdue (an
  /// offset under a day, on the last day of grace): still unpaid, 0 days overdue, no penalty so
  /// far, and the day it becomes overdue with what the penalty then costs; the next step is to
  /// pay it today, which costs nothing more.
  private func notOverdueYet(
    of loan: Loan, amount: String, due: LocalDate, soFar: String, perDay: String, waived: Bool
  ) -> (title: String, body: String) {
    let from = loan.firstDayOverdue(due: due)
    let fee = loan.penalty.fee
    let feeText = fee.minorUnits > 0 && !waived ? fee.displayText : nil
    let penaltyText =
      waived
      ? text(en: "penalty waived by agreement", zh: "罚息已按协议减免")
      : text(
        en: "penalty so far \(soFar); from \(from) " + (feeText.map { "a fee of \($0) and " } ?? "")
          + "\(perDay) a day",
        zh: "罚息至今 \(soFar)；自 \(from) 起" + (feeText.map { "收取滞纳金 \($0)，并" } ?? "") + "每天 \(perDay)")
    let title = text(
      en: "\(loan.name) \(amount) is still unpaid; overdue from \(from)",
      zh: "\(loan.name) \(amount) 仍未还，\(from) 起逾期")
    let body = text(
      en: "\(amount) due \(due) is unpaid, 0 days overdue; \(penaltyText). Next step: pay it today and no "
        + "penalty accrues, then record it: repayctl pay \(loan.id) --occurrence \(due)",
      zh: "\(due) 到期的 \(amount) 仍未还，逾期 0 天；\(penaltyText)。下一步：今天还款即不产生罚息，"
        + "还款后记录：repayctl pay \(loan.id) --occurrence \(due)")
    return (title, body)
  }

  /// "due in 3 days", "due tomorrow", "due today".
  private func dueIn(_ days: Int) -> String {
    switch days {
    case ...0: text(en: "is due today", zh: "今天到期")
    case 1: text(en: "is due tomorrow", zh: "明天到期")
    default: text(en: "is due in \(days) days", zh: "还有 \(days) 天到期")
    }
  }

  /// The sentence an advance notice adds while a plan is adopted: what it pays the loan in the
  /// due date's month.
  private func plannedPayment(_ planned: Money, month: String) -> String {
    text(
      en: " Your plan pays \(planned.displayText) on it in \(month).",
      zh: "按你采用的还款计划，\(month) 应还此笔 \(planned.displayText)。")
  }

  /// Where to pay, from the loan's contact: "How to pay: app Alipay, phone 95188"; also in the
  /// calendar's events.
  func payChannels(of loan: Loan) -> String {
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

  /// The concrete next step for `step` of the occurrence due on `due`, delivered on `today`:
  /// when it is an agreed occurrence (`broken` names its agreement), call the platform about the
  /// broken agreement (from the 30th day, get legal advice); while an agreement is in force
  /// (`inForce`), keep to it rather than negotiate again. Each ends with a command line that runs
  /// as printed.
  private func nextStep(
    _ step: OverdueStep, of loan: Loan, due: LocalDate, today: LocalDate, broken: Int64?,
    inForce: LoanAgreement?
  ) -> String {
    if let broken, step != .legalAdvice {
      return text(
        en: "agreement \(broken) with \(loan.platform) is broken; contact them at once\(reach(of: loan)), "
          + "explain, ask what they now require, and record their answer: \(noteCommand(of: loan))",
        zh: "与\(loan.platform)的协议 \(broken) 已违约；请立即联系对方\(reach(of: loan))，说明情况，"
          + "问清对方现在的要求，并记下答复：\(noteCommand(of: loan))")
    }
    if let inForce, step == .negotiate || step == .makePlan {
      return text(
        en: "agreement \(inForce.id) with \(loan.platform) is in force; keep to it, and pay this "
          + "instalment too: repayctl pay \(loan.id) --occurrence \(due)",
        zh: "与\(loan.platform)的协议 \(inForce.id) 正在执行；请按协议还款，并还清这一期："
          + "repayctl pay \(loan.id) --occurrence \(due)")
    }
    switch step {
    case .contactPlatform:
      return text(
        en: "contact \(loan.platform) now\(reach(of: loan)): give the order number, ask why it went overdue "
          + "and what they propose, and record their answer: \(noteCommand(of: loan))",
        zh: "立即联系\(loan.platform)\(reach(of: loan))：提供订单号，问清逾期原因和处理办法，并记下答复："
          + noteCommand(of: loan))
    case .makePlan:
      return text(
        en: "make a repayment plan from an honest budget (income, spending, other debts), overdue "
          + "amounts first, and keep to it; every instalment and what it asks: repayctl show \(loan.id)",
        zh: "根据真实的收入、支出和其他债务做还款计划，优先还逾期部分，并按计划执行；"
          + "各期应还金额：repayctl show \(loan.id)")
    case .negotiate:
      let start = today.advanced(by: 30)
      return text(
        en: "ask \(loan.platform) for an extension or instalments, backed by your plan and payment "
          + "records, and record what you agree (the number, start and note as agreed): repayctl renegotiate "
          + "\(loan.id) --installments 3 --start \(start) --note \"what was agreed\"",
        zh: "凭还款计划和过往还款记录，向\(loan.platform)申请延期或分期，并记录达成的协议（期数、开始日期和说明按实际填写）："
          + "repayctl renegotiate \(loan.id) --installments 3 --start \(start) --note \"协议内容\"")
    case .legalAdvice:
      return text(
        en: "seek professional legal advice, with your records ready (amounts, dates, communication, "
          + "receipts): repayctl dossier \(loan.id) --bundle dossier-\(loan.id)-\(today)",
        zh: "带上记录（金额、日期、沟通记录、凭证）寻求专业法律意见："
          + "repayctl dossier \(loan.id) --bundle dossier-\(loan.id)-\(today)")
    }
  }

  /// The quickest way to a person at the loan's platform, " (phone 95188)", or nothing: phone,
  /// then mail, web, app.
  private func reach(of loan: Loan) -> String {
    let contact = loan.contact
    let reach = [
      contact.phone.map { text(en: "phone \($0)", zh: "电话 \($0)") },
      contact.email.map { text(en: "email \($0)", zh: "邮箱 \($0)") }, contact.url,
      contact.app.map { text(en: "app \($0)", zh: "App \($0)") },
    ].compactMap { $0 }.first
    return reach.map { text(en: " (\($0))", zh: "（\($0)）") } ?? ""
  }

  /// The command that records the platform's answer, its channel the quickest way to a person,
  /// with a text in quotes, so that it runs as printed.
  func noteCommand(of loan: Loan) -> String {
    let contact = loan.contact
    let channel: String? =
      if contact.phone != nil { "phone" } else if contact.email != nil {
        "email"
      } else if contact.url != nil
        || contact.app != nil
      { "chat" } else { nil }
    let option = channel.map { " --channel \($0)" } ?? ""
    return "repayctl note \(loan.id)\(option) --direction out "
      + text(en: "\"what they said\"", zh: "\"对方的答复\"")
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
