import ControlInterface
import RepayDisplay
import Testing

/// The plan's progress for people: this month's table and what is still to pay; last month kept,
/// or behind with the command line that plans again with the same budget, currency and strategy.
struct PlanProgressTextTests {
  static func month(_ month: String, short: String) -> Control.PlanMonthProgress {
    Control.PlanMonthProgress(
      month: month, planned: "2000.00", paid: "1700.00", short: short,
      loans: [Control.PlanProgressLoan(loan: "card", planned: "2000.00", paid: "1700.00")])
  }

  static func progress(last: Control.PlanMonthProgress?, strategy: Control.PlanStrategy)
    -> Control.PlanProgress
  {
    Control.PlanProgress(
      plan: 3, adoptedAt: "2026-11-01T02:00:00Z", currency: "CNY", budget: "2000.00", strategy: strategy,
      thisMonth: month("2026-12", short: "300.00"), lastMonth: last)
  }

  @Test("last month behind: by how much, and the command that plans again keeps the strategy")
  func behind() {
    let progress = Self.progress(last: Self.month("2026-11", short: "300.00"), strategy: .snowball)
    let english = PlanProgressText.text(progress, Display(timezone: "Asia/Shanghai", language: .english))
    #expect(english.contains("Plan 3, ¥2,000.00 a month (adopted 2026-11-01 10:00):"), "\(english)")
    #expect(english.contains("card  ¥2,000.00        ¥1,700.00"), "\(english)")
    #expect(english.contains("¥300.00 of this month's plan still to pay"))
    #expect(
      english.contains(
        "2026-11 fell ¥300.00 behind the plan: pay it, or plan again: "
          + "repayctl plan --budget 2000.00 --currency CNY --strategy snowball --adopt"))
    let chinese = PlanProgressText.text(
      progress, Display(timezone: "Asia/Shanghai", language: .simplifiedChinese))
    #expect(
      chinese.contains(
        "2026-11 比计划少还 ¥300.00：请补上，或重新制定计划：repayctl plan --budget 2000.00 --currency CNY --strategy snowball --adopt"
      ), "\(chinese)")
    #expect(chinese.contains("本月计划还需还 ¥300.00"))
  }

  @Test("last month kept; avalanche needs no --strategy; no last month, no line")
  func kept() {
    let display = Display(timezone: "Asia/Shanghai", language: .english)
    let kept = PlanProgressText.text(
      Self.progress(last: Self.month("2026-11", short: "0.00"), strategy: .avalanche), display)
    #expect(kept.contains("2026-11 kept to the plan") && !kept.contains("plan again"))
    let first = PlanProgressText.text(Self.progress(last: nil, strategy: .avalanche), display)
    #expect(!first.contains("2026-11 kept") && !first.contains("2026-11 fell"))
  }
}
