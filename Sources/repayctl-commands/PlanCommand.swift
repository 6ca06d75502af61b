import ArgumentParser
import ControlInterface
import Foundation
import RepayConfig
import RepayControl
import RepayCore
import RepayDisplay

/// `repayctl plan --budget MONEY [--strategy avalanche|snowball] [--months N] [--from YYYY-MM]
/// [--currency CODE] [--config PATH] [--json]`: a repayment plan within a monthly budget
/// (measure 2, docs/planner.md). From the daemon (`Plan`, where recorded payments and agreements
/// count) unless `--config` is given or no daemon answers; then from the configuration alone.
/// `--json` prints the reply's parameters, offline in the same shape.
struct PlanCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "plan",
      abstract: Invocation.text(
        en: "Plan your repayments within a monthly budget.", zh: "在每月预算内制定还款计划。"),
      discussion: Invocation.text(
        en: """
          Pays the loans with a `balance` month by month within the budget: first the \
          instalments of the loans without a balance (overdue ones first), then each loan's \
          minimum, then the rest to the highest rate (avalanche) or the smallest balance \
          (snowball). Shows each month, each loan's payoff month and interest, and the other \
          strategy beside it. A budget that is too small is said so plainly: by how much, \
          what it costs a day, and which platforms to call first. The arithmetic is in \
          docs/planner.md.

          Asks the daemon (recorded payments and agreements count); with --config, or when \
          no daemon answers, plans from the configuration alone.

          Examples:
            repayctl plan --budget 3000
            repayctl plan --budget 3000 --strategy snowball --months 24
            repayctl plan --budget 3000 --config config/repayd.toml --json
          """,
        zh: """
          按月在预算内偿还填写了 `balance` 的借款：先还没有余额的借款的分期（逾期的优先），\
          再还每笔借款的最低还款，剩余部分给利率最高的（雪崩法）或余额最小的（雪球法）。\
          显示每个月、每笔借款的还清月份和利息，并与另一种策略对比。预算不够时会直接说明：\
          差多少、每天的代价、应先联系哪些平台。计算方法见 docs/planner.md。

          向守护进程询问（已记录的还款和协议都计入）；指定 --config 或守护进程无响应时，\
          只根据配置计算。

          示例：
            repayctl plan --budget 3000
            repayctl plan --budget 3000 --strategy snowball --months 24
            repayctl plan --budget 3000 --config config/repayd.toml --json
          """))
  }

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "What you can pay each month, such as 3000.00.", zh: "每月能还的金额，例如 3000.00。"),
      valueName: "money"))
  var budget: String

  @Option(
    help: ArgumentHelp(
      Invocation.text(
        en: "avalanche (highest rate first, the default) or snowball (smallest balance first).",
        zh: "avalanche（先还利率最高的，默认）或 snowball（先还余额最小的）。"),
      valueName: "strategy"))
  var strategy: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(
        en: "How many months at most, 1 to 600 (default: 120).", zh: "最多计划几个月，1 到 600（默认：120）。"),
      valueName: "n"))
  var months: Int?

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The first month, YYYY-MM (default: this month).", zh: "起始月份 YYYY-MM（默认：本月）。"),
      valueName: "month"))
  var from: String?

  @Option(
    help: ArgumentHelp(
      Invocation.text(
        en: "The currency to plan, when the loans with a balance have several.", zh: "要计划的货币（有余额的借款涉及多种货币时）。"),
      valueName: "code"))
  var currency: String?

  @Flag(
    help: ArgumentHelp(
      Invocation.text(
        en:
          "Keep this plan in the daemon as the plan in force: status, upcoming and the advance notices then hold each month against it.",
        zh: "把这个计划作为正在执行的计划保存在守护进程中：之后 status、upcoming 和提前提醒会按月对照它。")))
  var adopt = false

  @OptionGroup var config: ConfigOptions
  @OptionGroup var daemon: DaemonOptions

  private var chosenStrategy: Control.PlanStrategy? { strategy.flatMap(Control.PlanStrategy.init(rawValue:)) }

  func validate() throws {
    if let strategy, chosenStrategy == nil {
      throw ValidationError(
        Invocation.text(
          en: "--strategy '\(strategy)' is neither avalanche nor snowball.",
          zh: "--strategy '\(strategy)' 既不是 avalanche 也不是 snowball。"))
    }
    // The daemon checks these too; refusing them here says so before asking anything.
    if let months, !(1...RepaymentPlanner.maximumMonths).contains(months) {
      throw ValidationError(
        "--months: " + PlanParameterFault.monthsOutOfRange.message(in: Invocation.language))
    }
    if let from, CalendarMonth(parsing: from) == nil {
      throw ValidationError("--from: " + PlanParameterFault.fromNotAMonth.message(in: Invocation.language))
    }
    if adopt, config.path != nil {
      throw ValidationError(
        Invocation.text(
          en:
            "--adopt keeps the plan in the running daemon, which plans from its own configuration; leave out --config.",
          zh: "--adopt 把计划保存在运行中的守护进程里，它按自己的配置计算；请去掉 --config。"))
    }
  }

  func run() throws {
    let request = Control.PlanRequest(
      budget: budget, strategy: chosenStrategy, months: months, from: from, currency: currency)
    if adopt {
      try adoptPlan(request)
      return
    }
    if config.path == nil, let answer = try askDaemon(request) {
      output(answer.0, text: answer.1)
      return
    }
    // Before the configuration's text and the plans' arrays: a short process keeps what it frees.
    HeapTuning.keepFreedBlocksInHeap()
    let report = config.read()
    for diagnostic in report.diagnostics { Invocation.printError(diagnostic.description) }
    guard let configuration = report.configuration else { throw ExitCode(ExitStatus.failure) }
    let plans: ComparedPlans
    do {
      plans = try Self.offline(request, configuration: configuration)
    } catch {
      throw usageError(.invalidParameter(error), message: error.message(in: Invocation.language))
    }
    guard daemon.json else { return output(Control.PlanResult(plans), text: "") }
    // Straight to standard output as bytes, in chunks: nothing else is printed there before it.
    var out = ChunkedOutput { _ = DescriptorWrite.all($0, to: STDOUT_FILENO) }
    PlanJSON.write(plans, to: &out)
    out.append(byte: UInt8(ascii: "\n"))
    out.flush()
    // All is said: ends here rather than on return, so that the plans' 30,000 payments and the
    // configuration are not freed one by one only for the process to end (about 0.4 ms of 600
    // months, docs/performance.md).
    Glibc.exit(ExitStatus.success)
  }

  /// The plan from the configuration alone: nothing is recorded as paid but what `paid_through`
  /// covers, and no agreement applies.
  static func offline(_ request: Control.PlanRequest, configuration: Configuration) throws(PlanParameterFault)
    -> ComparedPlans
  {
    let today = configuration.zone.localDate(at: Invocation.currentMicroseconds() / 1_000_000)
    let query = try PlanQuery(
      PlanParameters(
        budget: request.budget, strategy: request.strategy?.repaymentStrategy, months: request.months,
        from: request.from, currency: request.currency),
      loans: configuration.loans, currentMonth: CalendarMonth(containing: today))
    let portfolio = try query.portfolio(
      of: configuration.loans,
      occurrences: {
        LoanStanding.forEachListed(
          loan: $0, paid: [:], today: today, through: query.through, holidays: configuration.holidays, $1)
      },
      paidSinceBalance: { _ in 0 })
    return ComparedPlans(query: query, portfolio: consume portfolio, loans: configuration.loans)
  }

  /// Asks the daemon to adopt the plan and shows it, then says it is in force; a daemon that
  /// does not answer is an error here (exit 3), since only the daemon keeps a plan.
  private func adoptPlan(_ request: Control.PlanRequest) throws {
    // Never nil here: an unreachable daemon is reported as the error it is.
    guard let (reply, text) = try askDaemon(Control.AdoptPlanRequest(request), offlineIfUnreachable: false)
    else { return }
    if daemon.json {
      StandardOutput.write(text)
      return
    }
    output(reply.plan.plan, text: text)
    StandardOutput.show(
      Invocation.text(
        en:
          "Adopted as plan \(reply.plan.id). repayctl status and upcoming now hold each month against it; repayctl plans lists every plan you adopted.",
        zh: "已采用为第 \(reply.plan.id) 号计划。之后 repayctl status 和 upcoming 会按月对照它；repayctl plans 列出你采用过的所有计划。"))
  }

  /// The daemon's answer to `request` and its parameters as it wrote them; nil when no daemon
  /// answers and `offlineIfUnreachable`, else that is reported like any other daemon error.
  private func askDaemon<Request: VarlinkMethodCall>(_ request: Request, offlineIfUnreachable: Bool = true)
    throws
    -> (Request.Reply, String)?
  {
    let address = daemon.chosenAddress ?? ControlAddress.standard(environment: [:])
    do {
      return try ControlClient(address: address).callKeepingText(request)
    } catch .unreachable where offlineIfUnreachable {
      return nil
    } catch .control(.invalidParameter(let parameter, let reason), let reply) {
      throw usageError(
        .invalidParameter(parameter: parameter, reason: reason), message: Self.message(parameter, reason),
        reply: reply)
    } catch {
      throw DaemonConnection.report(error, json: daemon.json)
    }
  }

  private func output(_ plan: Control.PlanResult, text: String) {
    if daemon.json {
      StandardOutput.write(text)
    } else {
      StandardOutput.show(
        PlanText(plan, language: Invocation.language, width: TerminalWidth.standardOutput()).text,
        terminator: "")
    }
  }

  /// Reports a parameter the loans cannot be planned with as wrong usage (exit 2): in words, or
  /// with `--json` as the error `InvalidParameter` (`reply` when the daemon wrote it).
  private func usageError(_ error: ControlError, message: String, reply: String? = nil) -> ExitCode {
    if daemon.json, case .invalidParameter(let parameter, let reason) = error {
      Invocation.printErrorJSON(
        reply
          ?? JSONText.object([
            ("error", JSONText.string(error.name)),
            (
              "parameters",
              JSONText.object([
                ("parameter", JSONText.string(parameter)), ("reason", JSONText.string(reason.rawValue)),
              ])
            ),
          ]))
    } else {
      Invocation.printError(Invocation.text(en: "error: ", zh: "错误：") + message)
    }
    return ExitCode(ExitStatus.usage)
  }

  /// The words for the daemon's `InvalidParameter` of `Plan`.
  private static func message(_ parameter: String, _ reason: ControlError.InvalidParameterReason) -> String {
    let fault: PlanParameterFault? =
      switch (parameter, reason) {
      case ("budget", .format): .budgetNotAnAmount(.notADecimal)
      case ("budget", _): .budgetOutOfRange
      case ("months", _): .monthsOutOfRange
      case ("from", .format): .fromNotAMonth
      case ("from", _): .fromOutOfRange
      case ("currency", .format): .currencyUnknown
      case ("currency", .missing): nil
      case ("currency", _): .nothingToPlan(currency: nil)
      default: nil
      }
    return fault?.message(in: Invocation.language)
      ?? Invocation.text(
        en: "the loans with a balance have several currencies; name one with --currency",
        zh: "有余额的借款涉及多种货币；请用 --currency 指定一种")
  }
}
