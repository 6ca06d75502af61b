import ControlInterface
import RepayCore

/// How the adopted plan is kept, as `status` and `upcoming` show it: a heading; this month's
/// planned payment per loan against what was paid on it so far, and what is still to pay; and
/// whether last month kept to the plan or by how much it fell behind, with the command that
/// plans again.
public enum PlanProgressText {
  /// The block for `progress`, each line ending in a newline.
  public static func text(_ progress: Control.PlanProgress, _ display: Display) -> String {
    let money = { (amount: String) in display.money(amount, progress.currency) }
    var text = display.heading(
      display.text(
        en:
          "Plan \(progress.plan), \(money(progress.budget)) a month (adopted \(display.time(progress.adoptedAt))):",
        zh: "还款计划 \(progress.plan)，每月 \(money(progress.budget))（采用于 \(display.time(progress.adoptedAt))）："))
    if let month = progress.thisMonth {
      var table = TextTable(
        header: display.language == .english
          ? ["Loan", "Planned \(month.month)", "Paid so far"] : ["贷款", "\(month.month) 计划", "已还"])
      for loan in month.loans {
        let short = minorUnits(loan.paid, progress.currency) < minorUnits(loan.planned, progress.currency)
        table.append([
          .init(loan.loan), .init(money(loan.planned)), .init(money(loan.paid), short ? nil : .good),
        ])
      }
      text += display.table(table)
      text +=
        "  "
        + (minorUnits(month.short, progress.currency) > 0
          ? display.text(
            en: "\(money(month.short)) of this month's plan still to pay",
            zh: "本月计划还需还 \(money(month.short))")
          : Emphasis.good.apply(display.text(en: "this month keeps to the plan", zh: "本月已按计划还款"))) + "\n"
    }
    if let month = progress.lastMonth {
      text +=
        "  "
        + (minorUnits(month.short, progress.currency) > 0
          ? Emphasis.alarm.apply(
            display.text(
              en:
                "\(month.month) fell \(money(month.short)) behind the plan: pay it, or plan again: \(again(progress))",
              zh: "\(month.month) 比计划少还 \(money(month.short))：请补上，或重新制定计划：\(again(progress))"))
          : Emphasis.good.apply(
            display.text(en: "\(month.month) kept to the plan", zh: "\(month.month) 已按计划还款"))) + "\n"
    }
    return text
  }

  /// The command line that plans again with the plan's budget, currency and strategy and adopts
  /// the result.
  private static func again(_ progress: Control.PlanProgress) -> String {
    "repayctl plan --budget \(progress.budget) --currency \(progress.currency)"
      + (progress.strategy == .snowball ? " --strategy snowball" : "") + " --adopt"
  }

  /// The minor units of an amount the daemon wrote in `currency`; 0 when it is not one.
  private static func minorUnits(_ amount: String, _ currency: String) -> Int64 {
    guard let currency = Currency(code: currency), let money = try? Money(parsing: amount, currency: currency)
    else {
      return 0
    }
    return money.minorUnits
  }
}
