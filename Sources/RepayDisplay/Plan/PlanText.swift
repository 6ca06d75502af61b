import ControlInterface
import RepayCore

/// A repayment plan for people (`repayctl plan`), in the user's language: when the budget is too
/// small, that first, plainly (short by how much a month, what that costs a day, whom to call
/// first and how to record the call); then a table per month, each loan's payoff month and
/// interest, the totals, and the other strategy in one sentence. Every line fits `width`
/// columns, wide characters counted.
public struct PlanText {
  private let plan: Control.PlanResult
  private let language: Language
  private let width: Int?

  /// The text of `plan` in `language`, fitted to `width` columns (nil: no limit).
  public init(_ plan: Control.PlanResult, language: Language, width: Int?) {
    self.plan = plan
    self.language = language
    self.width = width
  }

  private func text(en: String, zh: String) -> String { language.text(en: en, zh: zh) }

  private func money(_ amount: String) -> String {
    guard let currency = Currency(code: plan.currency),
      let money = try? Money(parsing: amount, currency: currency)
    else { return amount + " " + plan.currency }
    return money.displayText
  }

  private func paragraph(_ words: String, indent: Int = 0) -> String {
    WrappedText.lines(words, width: width, indent: indent)
  }

  /// The whole text, each line ending in a newline.
  public var text: String {
    var out = plan.feasible ? "" : shortfallText + "\n"
    out += paragraph(
      text(
        en: "Plan: \(money(plan.budget)) a month, \(strategyName(plan.strategy)) first, from \(plan.from).",
        zh: "还款计划：每月 \(money(plan.budget))，\(strategyName(plan.strategy))，自 \(plan.from) 起。"))
    for month in plan.months {
      out += "\n" + month.month + "\n"
      var table = TextTable(
        header: [
          text(en: "loan", zh: "借款"), text(en: "payment", zh: "还款"), text(en: "interest", zh: "利息"),
          text(en: "left", zh: "剩余"),
        ], shrinkable: [0])
      for payment in month.payments {
        table.append([
          .init(payment.loan), .init(money(payment.payment)), .init(money(payment.interest)),
          .init(money(payment.balance)),
        ])
      }
      out += table.text(width: width)
    }
    out += "\n" + loansText + "\n" + totalsText
    return out
  }

  private func strategyName(_ strategy: Control.PlanStrategy) -> String {
    switch strategy {
    case .avalanche: text(en: "highest rate (avalanche)", zh: "先还利率最高的（雪崩法）")
    case .snowball: text(en: "smallest balance (snowball)", zh: "先还余额最小的（雪球法）")
    }
  }

  /// The plain account of a budget that is too small.
  private var shortfallText: String {
    var out = paragraph(
      text(
        en: "This budget is not enough: it is short by up to \(money(plan.shortfall)) a month. "
          + "Nothing is raised behind your back: below, the budget is split as well as it can be "
          + "(overdue amounts first, the highest daily penalty first, then the minimums).",
        zh: "这个预算不够：每月最多差 \(money(plan.shortfall))。计划不会擅自提高预算；"
          + "下面是预算最合理的分配（先还逾期款项，日罚息最高的优先，然后是最低还款）。"))
    let calls = plan.callFirst ?? []
    guard !calls.isEmpty else { return out }
    out += paragraph(
      text(
        en:
          "What the first month leaves unpaid costs \(money(plan.penaltyPerDay ?? "0")) a day in penalties. "
          + "Call these platforms first, the costliest first, and ask for an arrangement:",
        zh: "第一个月未还的部分每天产生罚息 \(money(plan.penaltyPerDay ?? "0"))。"
          + "请先联系以下平台（罚息最高的在前），协商还款安排："))
    for call in calls {
      let line = text(
        en:
          "\(call.name) (\(call.platform)): \(money(call.unpaid)) unpaid, \(money(call.penaltyPerDay)) a day",
        zh: "\(call.name)（\(call.platform)）：未还 \(money(call.unpaid))，每天罚息 \(money(call.penaltyPerDay))")
      out += paragraph("  " + line, indent: 4)
      if let contact = contactText(call.contact) { out += paragraph("    " + contact, indent: 6) }
    }
    let example = calls[0].loan
    out += paragraph(
      text(
        en: "Record each call: repayctl note \(example) \"what was agreed\" --channel phone",
        zh: "记录每次沟通：repayctl note \(example) \"沟通结果\" --channel phone"))
    return out
  }

  private func contactText(_ contact: LoanContact?) -> String? {
    guard let contact else { return nil }
    let parts = [
      contact.phone.map { text(en: "phone ", zh: "电话 ") + $0 },
      contact.app.map { text(en: "app ", zh: "App ") + $0 },
      contact.url,
      contact.email,
    ].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: text(en: ", ", zh: "，"))
  }

  /// Each loan's payoff month and interest.
  private var loansText: String {
    var table = TextTable(
      header: [text(en: "loan", zh: "借款"), text(en: "paid off", zh: "还清月份"), text(en: "interest", zh: "利息")],
      shrinkable: [0])
    var notes = ""
    for loan in plan.loans {
      table.append([
        .init(loan.loan), .init(loan.payoff ?? text(en: "not within the plan", zh: "计划期内未还清")),
        .init(money(loan.interest)),
      ])
      if loan.minimumBelowInterest == true {
        notes += paragraph(
          text(
            en:
              "\(loan.loan): its minimum payment does not cover its interest; only paying more pays it off.",
            zh: "\(loan.loan)：最低还款不足以支付利息，只有多还才能还清。"))
      }
    }
    return table.text(width: width) + notes
  }

  /// The totals and the other strategy in one sentence.
  private var totalsText: String {
    let end =
      plan.payoff.map { text(en: "Everything is paid off in \($0).", zh: "全部借款在 \($0) 还清。") }
      ?? text(en: "Not everything is paid off within the plan.", zh: "计划期内未能全部还清。")
    var out = paragraph(
      text(
        en: "Total interest: \(money(plan.totalInterest)). \(end)",
        zh: "利息合计：\(money(plan.totalInterest))。\(end)"))
    if let other = plan.comparison.first { out += paragraph(comparisonText(other)) }
    return out
  }

  private func comparisonText(_ other: Control.PlanComparison) -> String {
    let name =
      other.strategy == .snowball
      ? text(en: "Snowball", zh: "改用雪球法")
      : text(en: "Avalanche", zh: "改用雪崩法")
    let months: String
    switch (
      plan.payoff.flatMap(CalendarMonth.init(parsing:)), other.payoff.flatMap(CalendarMonth.init(parsing:))
    ) {
    case (let mine?, let theirs?):
      let difference = theirs.monthsSinceYearZero - mine.monthsSinceYearZero
      let count = abs(difference)
      let unit = count == 1 ? "month" : "months"
      months =
        difference == 0
        ? text(en: "finish the same month", zh: "同月还清")
        : difference > 0
          ? text(en: "take \(count) \(unit) longer", zh: "多用 \(count) 个月")
          : text(en: "take \(count) \(unit) less", zh: "少用 \(count) 个月")
    case (nil, let theirs?):
      months = text(en: "pay everything off by \(theirs)", zh: "在 \(theirs) 全部还清")
    case (_?, nil):
      months = text(en: "not pay everything off within the plan", zh: "在计划期内还不清")
    case (nil, nil):
      months = text(en: "not pay everything off within the plan either", zh: "同样在计划期内还不清")
    }
    let currency = Currency(code: plan.currency)
    let mine = currency.flatMap { try? Money(parsing: plan.totalInterest, currency: $0) }
    let theirs = currency.flatMap { try? Money(parsing: other.totalInterest, currency: $0) }
    var interest = text(en: "cost the same in interest", zh: "利息相同")
    if let mine, let theirs, mine != theirs {
      let difference = Money(
        minorUnits: Int64(clamping: abs(Int128(theirs.minorUnits) - Int128(mine.minorUnits))),
        currency: mine.currency
      ).displayText
      interest =
        theirs.minorUnits > mine.minorUnits
        ? text(en: "cost \(difference) more in interest", zh: "多付利息 \(difference)")
        : text(en: "cost \(difference) less in interest", zh: "少付利息 \(difference)")
    }
    return text(en: "\(name) would \(months) and \(interest).", zh: "\(name)会\(months)，\(interest)。")
  }
}
