import ArgumentParser
import ControlInterface
import RepayControl
import RepayDisplay

/// `repayctl plans`: every repayment plan adopted with `repayctl plan --adopt`, oldest first,
/// the one in force last.
struct PlansCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "plans",
      abstract: Invocation.text(en: "List the repayment plans you adopted.", zh: "列出你采用过的还款计划。"),
      discussion: Invocation.text(
        en: """
          Lists what repayctl plan --adopt recorded, oldest first: when each plan was adopted \
          and, once a newer one replaced it, when; its budget, strategy and first month; and \
          when it pays everything off. The last one, unless replaced, is in force: status and \
          upcoming hold this month's payments against it.

          Examples:
            repayctl plans
            repayctl plans --json
          """,
        zh: """
          按时间先后列出用 repayctl plan --adopt 记录的计划：何时采用，被新计划取代的时间；预算、策略和\
          起始月份；以及何时全部还清。最后一个（未被取代时）正在执行：status 和 upcoming 会把本月的还款\
          与它对照。

          示例：
            repayctl plans
            repayctl plans --json
          """))
  }

  @OptionGroup var daemon: DaemonOptions

  func run() throws {
    let connection = try DaemonConnection(daemon)
    guard let reply = try connection.reply(Control.ListPlansRequest()) else { return }
    let display = try connection.display()
    guard !reply.plans.isEmpty else {
      StandardOutput.show(
        display.text(
          en: "No plan adopted yet: repayctl plan --budget AMOUNT --adopt",
          zh: "还没有采用计划：repayctl plan --budget 金额 --adopt"))
      return
    }
    var table = TextTable(
      header: display.language == .english
        ? ["ID", "Adopted", "State", "Budget", "Strategy", "From", "Paid off"]
        : ["ID", "采用于", "状态", "预算", "策略", "起始", "还清"],
      shrinkable: [2])
    for adopted in reply.plans {
      let plan = adopted.plan
      table.append([
        .init(String(adopted.id)), .init(display.time(adopted.adoptedAt)),
        adopted.replacedAt.map {
          .init(display.text(en: "replaced ", zh: "已取代 ") + display.time($0), .faint)
        } ?? .init(display.text(en: "in force", zh: "执行中"), .good),
        .init(display.money(plan.budget, plan.currency)),
        .init(
          plan.strategy == .avalanche
            ? display.text(en: "avalanche", zh: "雪崩法") : display.text(en: "snowball", zh: "雪球法")),
        .init(plan.from),
        plan.feasible
          ? .init(plan.payoff ?? display.text(en: "not within the plan", zh: "计划内还不清"))
          : .init(display.text(en: "not feasible", zh: "预算不足"), .alarm),
      ])
    }
    StandardOutput.show(display.table(table), terminator: "")
  }
}
