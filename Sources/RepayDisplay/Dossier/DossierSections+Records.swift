import ControlInterface
import RepayCore

extension DossierSections {
  /// Every occurrence with its state: paid, partly paid, due, overdue with days and penalty,
  /// superseded, and the agreement behind an agreed one.
  func occurrences() -> [DossierBlock] {
    section(
      en: "Instalments", zh: "各期还款",
      header: [
        "#", text(en: "Scheduled", zh: "原定日期"), text(en: "Due", zh: "到期日"), text(en: "Amount", zh: "金额"),
        text(en: "Paid", zh: "已还"), text(en: "Outstanding", zh: "未还"), text(en: "State", zh: "状态"),
      ],
      rows: reply.occurrences.map { occurrence in
        [
          occurrence.installment.map(String.init) ?? "-", occurrence.scheduled, occurrence.due,
          money(occurrence.amount), money(occurrence.paid), money(occurrence.outstanding), state(occurrence),
        ]
      }, numeric: [3, 4, 5], empty: (en: "No instalment so far.", zh: "目前没有分期。"))
  }

  /// Where `occurrence` stands, in words.
  private func state(_ occurrence: Control.Occurrence) -> String {
    let partly = isAboveZero(occurrence.paid)
    var words: String =
      switch occurrence.status {
      case .settled: text(en: "paid", zh: "已还清")
      case .upcoming: text(en: "not yet due", zh: "尚未到期")
      case .due: text(en: "due (within grace)", zh: "已到期（宽限期内）")
      case .overdue:
        text(
          en: "overdue \(occurrence.daysOverdue ?? 0) days, penalty \(occurrence.penalty.map(money) ?? "-")",
          zh: "逾期 \(occurrence.daysOverdue ?? 0) 天，罚息 \(occurrence.penalty.map(money) ?? "-")")
      case .superseded:
        occurrence.supersededBy.map { text(en: "superseded by agreement \($0)", zh: "已由协议 \($0) 取代") }
          ?? text(en: "superseded", zh: "已被取代")
      }
    if partly, occurrence.status != .settled { words = text(en: "partly paid; ", zh: "部分已还；") + words }
    if let agreement = occurrence.agreement {
      words += text(en: " (agreement \(agreement))", zh: "（协议 \(agreement)）")
    }
    if occurrence.penaltyWaived == true { words += text(en: "; penalty waived", zh: "；罚息已免除") }
    return words
  }

  /// Every payment, the withdrawn ones too, marked with when and why.
  func payments() -> [DossierBlock] {
    section(
      en: "Payments", zh: "还款记录",
      header: [
        "ID", text(en: "Paid on", zh: "还款日"), text(en: "Instalment due", zh: "所还分期"),
        text(en: "Amount", zh: "金额"),
        text(en: "Recorded", zh: "记录时间"), text(en: "Note", zh: "备注"), text(en: "Counts", zh: "是否有效"),
      ],
      rows: reply.payments.map { payment in
        var counts = text(en: "yes", zh: "有效")
        if let withdrawn = payment.withdrawnAt {
          counts = text(en: "withdrawn \(display.time(withdrawn))", zh: "已于 \(display.time(withdrawn)) 撤销")
          if let why = payment.withdrawnNote { counts += text(en: ": \(why)", zh: "：\(why)") }
        }
        if let part = payment.partOf {
          counts += text(en: " (carried from payment \(part))", zh: "（由还款 \(part) 结转）")
        }
        return [
          String(payment.id), payment.date, payment.occurrence,
          display.money(payment.amount, payment.currency),
          display.time(payment.recordedAt), payment.note ?? "", counts,
        ]
      }, numeric: [3], empty: (en: "No payment recorded.", zh: "没有还款记录。"))
  }
}
