import ControlInterface
import RepayCore

extension DossierSections {
  /// The loan's terms as its configuration states them, and where to reach the platform.
  func terms() -> [DossierBlock] {
    let record = reply.loan
    let loan = record.loan
    let terms = reply.terms
    var rows = [
      [text(en: "Loan", zh: "贷款"), "\(loan.name) (\(loan.id))"],
      [text(en: "Platform", zh: "平台"), loan.platform],
      [text(en: "Amount per instalment", zh: "每期金额"), money(loan.amount)],
      [
        text(en: "Instalments", zh: "期数"),
        terms.installments.map(String.init) ?? text(en: "no fixed number", zh: "不固定"),
      ],
      [text(en: "First due date", zh: "首个到期日"), terms.firstDue],
      [text(en: "Grace days", zh: "宽限天数"), String(record.graceDays)],
      [
        text(en: "Penalty rate", zh: "罚息日利率"),
        text(en: "\(terms.dailyRate) a day", zh: "每天 \(terms.dailyRate)"),
      ],
      [text(en: "Late fee (once overdue)", zh: "逾期手续费（逾期即收）"), money(terms.fee)],
    ]
    if let contact = record.contact {
      let ways: [(String, String?)] = [
        (text(en: "Phone", zh: "电话"), contact.phone), (text(en: "App", zh: "应用"), contact.app),
        (text(en: "Email", zh: "邮箱"), contact.email), (text(en: "Web", zh: "网址"), contact.url),
      ]
      rows += ways.compactMap { label, value in
        value.flatMap { $0.isEmpty ? nil : [text(en: "Contact: ", zh: "联系方式：") + label, $0] }
      }
    }
    if let until = record.snoozedUntil {
      rows.append([text(en: "Reminders paused until", zh: "提醒暂停至"), display.time(until)])
    }
    return [
      .heading(text(en: "Terms and contact", zh: "贷款条款与联系方式")),
      .table(header: [text(en: "Term", zh: "条款"), text(en: "Value", zh: "内容")], rows: rows, numeric: []),
    ]
  }

  /// How each overdue instalment's penalty comes about, written out so that it can be checked
  /// by hand: the fee plus outstanding × daily rate × days, rounded once.
  func penaltyArithmetic() -> [DossierBlock] {
    let overdue = reply.occurrences.filter { $0.status == .overdue }
    let heading = DossierBlock.heading(text(en: "How the penalty is worked out", zh: "罚息计算"))
    guard !overdue.isEmpty else {
      return [
        heading, .paragraph(text(en: "No instalment is overdue: no penalty accrues.", zh: "没有逾期的分期，不产生罚息。")),
      ]
    }
    let terms = reply.terms
    let grace = reply.loan.graceDays
    let explanation = text(
      en: "Penalty = late fee + outstanding × daily rate × days overdue, rounded once at the end to the "
        + "currency's smallest unit (half away from zero). Days overdue count from the end of the \(grace) "
        + "grace days. Late fee \(money(terms.fee)), daily rate \(terms.dailyRate).",
      zh: "罚息 = 逾期手续费 + 未还金额 × 日利率 × 逾期天数，最后一次性四舍五入到货币的最小单位。"
        + "逾期天数从 \(grace) 天宽限期结束后起算。逾期手续费 \(money(terms.fee))，日利率 \(terms.dailyRate)。")
    let hasFee = isAboveZero(terms.fee)
    let rows = overdue.map { occurrence -> [String] in
      let days = occurrence.daysOverdue ?? 0
      let penalty = occurrence.penalty.map(money) ?? "-"
      let calculation =
        occurrence.penaltyWaived == true
        ? text(en: "waived by agreement", zh: "已按协议免除")
        : (hasFee ? money(terms.fee) + " + " : "") + money(occurrence.outstanding)
          + " × \(terms.dailyRate) × \(days) = "
          + penalty
      return [
        occurrence.installment.map(String.init) ?? "-", occurrence.due, money(occurrence.outstanding),
        String(days),
        calculation, penalty,
      ]
    }
    let figures = DossierFigures(reply)
    let total = [
      text(en: "Total", zh: "合计"), "", "", "", "", figures.penalty?.displayText ?? "-",
    ]
    return [
      heading, .paragraph(explanation),
      .table(
        header: [
          "#", text(en: "Due", zh: "到期日"), text(en: "Outstanding", zh: "未还"), text(en: "Days", zh: "天数"),
          text(en: "Calculation", zh: "计算"), text(en: "Penalty", zh: "罚息"),
        ], rows: rows + [total], numeric: [2, 3, 5]),
    ]
  }
}
