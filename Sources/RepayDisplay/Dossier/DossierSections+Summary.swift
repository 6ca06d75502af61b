import ControlInterface
import RepayCore

extension DossierSections {
  /// The short summary at the top: outstanding, days overdue, the penalty so far, what was
  /// agreed, and how often the person was reminded.
  func summary() -> [DossierBlock] {
    let figures = DossierFigures(reply)
    let loan = reply.loan.loan
    let perDay = figures.penaltyPerDay.map {
      text(en: " (+\($0.displayText) a day)", zh: "（每天 +\($0.displayText)）")
    }
    var rows = [
      [
        text(en: "Outstanding on the instalments due so far", zh: "已到期各期未还金额"), money(loan.outstanding),
      ],
      [
        text(en: "Days overdue (oldest unpaid instalment)", zh: "逾期天数（最早未还的一期）"), String(figures.daysOverdue),
      ],
      [
        text(en: "Penalty so far", zh: "至今罚息"),
        (figures.penalty?.displayText ?? "-") + (figures.penalty?.minorUnits == 0 ? "" : perDay ?? ""),
      ],
      [text(en: "Outstanding with the penalty", zh: "未还金额加罚息"), figures.owed?.displayText ?? "-"],
      [
        text(en: "Oldest unsettled due date", zh: "最早未还清的到期日"),
        loan.nextDue ?? text(en: "nothing left to pay", zh: "已全部还清"),
      ],
    ]
    rows.append([text(en: "Agreed with the platform", zh: "与平台的约定"), agreed()])
    rows.append([text(en: "Reminders delivered", zh: "已发送的提醒"), warned()])
    let withdrawn = reply.payments.filter { $0.withdrawnAt != nil }.count
    rows.append([
      text(en: "Payments recorded", zh: "还款记录"),
      String(reply.payments.count)
        + (withdrawn == 0 ? "" : text(en: " (\(withdrawn) withdrawn)", zh: "（其中 \(withdrawn) 笔已撤销）")),
    ])
    rows.append([text(en: "Notes of the communication log", zh: "沟通记录"), String(reply.notes.count)])
    return [
      .heading(text(en: "Summary", zh: "摘要")),
      .table(header: [text(en: "Item", zh: "项目"), text(en: "Value", zh: "内容")], rows: rows, numeric: []),
    ]
  }

  /// Each agreement not cancelled, in a few words, or that none was made.
  private func agreed() -> String {
    let standing = reply.agreements.filter { $0.state != .cancelled }
    guard !standing.isEmpty else { return text(en: "no agreement recorded", zh: "没有记录任何协议") }
    return standing.map { agreement in
      let dates = agreement.occurrences.map(\.due)
      let schedule =
        switch (dates.first, dates.count) {
        case (nil, _): ""
        case (let first?, 1): text(en: ", due \(first)", zh: "，\(first) 到期")
        case (let first?, let count):
          text(en: ", \(count) instalments from \(first)", zh: "，自 \(first) 起分 \(count) 期")
        }
      let comma = text(en: ", ", zh: "，")
      return text(en: "agreement \(agreement.id): ", zh: "协议 \(agreement.id)：") + kind(agreement.kind) + comma
        + state(agreement.state) + comma + money(agreement.total) + schedule
    }.joined(separator: "; ")
  }

  /// How many reminders were delivered, and the last one's time.
  private func warned() -> String {
    guard let last = reply.deliveries.max(by: { $0.delivered < $1.delivered }) else {
      return text(en: "none", zh: "无")
    }
    let count = reply.deliveries.count
    return text(
      en: "\(count), the last on \(display.time(last.delivered))",
      zh: "\(count) 次，最近一次于 \(display.time(last.delivered))")
  }
}
