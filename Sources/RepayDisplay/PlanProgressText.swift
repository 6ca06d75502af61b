import ControlInterface
import RepayCore

/// How this month keeps to the adopted plan, as `status` and `upcoming` show it: a heading, each
/// loan's planned payment against what was paid on it this month, and a last line that says the
/// month is on track, or by how much it is behind with the command that plans again.
public enum PlanProgressText {
  /// The block for `progress`, each line ending in a newline.
  public static func text(_ progress: Control.PlanProgress, _ display: Display) -> String {
    let money = { (amount: String) in display.money(amount, progress.currency) }
    var table = TextTable(
      header: display.language == .english ? ["Loan", "Planned", "Paid"] : ["贷款", "计划", "已还"])
    for loan in progress.loans {
      let short = minorUnits(loan.paid, progress.currency) < minorUnits(loan.planned, progress.currency)
      table.append([
        .init(loan.loan), .init(money(loan.planned)), .init(money(loan.paid), short ? .warning : .good),
      ])
    }
    let heading = display.heading(
      display.text(
        en: "Plan \(progress.plan) for \(progress.month) (adopted \(display.time(progress.adoptedAt))):",
        zh: "还款计划 \(progress.plan)，\(progress.month)（采用于 \(display.time(progress.adoptedAt))）："))
    let summary: String
    if minorUnits(progress.behind, progress.currency) > 0 {
      let again = "repayctl plan --budget \(progress.budget) --currency \(progress.currency) --adopt"
      summary = Emphasis.warning.apply(
        display.text(
          en: "\(money(progress.behind)) behind this month's plan: pay it, or plan again: \(again)",
          zh: "本月比计划少还 \(money(progress.behind))：请补上，或重新制定计划：\(again)"))
    } else {
      summary = Emphasis.good.apply(
        display.text(
          en: "this month keeps to the plan: \(money(progress.paid)) of \(money(progress.planned)) paid",
          zh: "本月按计划还款：已还 \(money(progress.paid))，计划 \(money(progress.planned))"))
    }
    return heading + display.table(table) + "  " + summary + "\n"
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
