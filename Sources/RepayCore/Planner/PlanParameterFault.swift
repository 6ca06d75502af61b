/// What is wrong with a parameter of a plan (`repayctl plan`, Varlink `Plan`).
public enum PlanParameterFault: Error, Hashable, Sendable {
  /// The budget is not an amount in the plan's currency.
  case budgetNotAnAmount(MoneyTextFault)
  /// The budget is below zero, or too large.
  case budgetOutOfRange
  /// The number of months is not 1 to 600.
  case monthsOutOfRange
  /// The first month is not `YYYY-MM`.
  case fromNotAMonth
  /// The plan would run past the year 9999.
  case fromOutOfRange
  /// The currency is not an active code of ISO 4217.
  case currencyUnknown
  /// The loans with a balance have more than one currency, and none was named.
  case currencyNeeded(among: [String])
  /// No loan has a balance above 0 (in the named currency, when one was named).
  case nothingToPlan(currency: String?)

  /// The parameter at fault, as Varlink and the command line name it (`budget`, `months`,
  /// `from`, `currency`).
  public var parameter: String {
    switch self {
    case .budgetNotAnAmount, .budgetOutOfRange: "budget"
    case .monthsOutOfRange: "months"
    case .fromNotAMonth, .fromOutOfRange: "from"
    case .currencyUnknown, .currencyNeeded, .nothingToPlan: "currency"
    }
  }

  /// The message in `language`.
  public func message(in language: Language) -> String {
    let english = language == .english
    switch self {
    case .budgetNotAnAmount(let fault):
      return (english ? "the budget is not an amount: " : "预算不是金额：") + fault.message(in: language)
    case .budgetOutOfRange:
      return english ? "the budget cannot be below 0 or that large" : "预算不能小于 0，也不能这么大"
    case .monthsOutOfRange:
      return english
        ? "a plan runs 1 to \(RepaymentPlanner.maximumMonths) months"
        : "计划的月数应在 1 到 \(RepaymentPlanner.maximumMonths) 之间"
    case .fromNotAMonth:
      return english ? "the first month is written YYYY-MM, such as 2027-01" : "起始月份应写成 YYYY-MM，例如 2027-01"
    case .fromOutOfRange:
      return english ? "the plan would run past the year 9999" : "计划会超出 9999 年"
    case .currencyUnknown:
      return english ? "not a currency code of ISO 4217, such as CNY" : "不是 ISO 4217 货币代码（例如 CNY）"
    case .currencyNeeded(let codes):
      let list = codes.joined(separator: ", ")
      return english
        ? "the loans with a balance are in \(list); name one with --currency"
        : "有余额的借款涉及多种货币（\(list)）；请用 --currency 指定一种"
    case .nothingToPlan(let code?):
      return english
        ? "no loan in \(code) has a balance above 0; give `balance` in the configuration"
        : "没有 \(code) 借款的余额大于 0；请在配置中填写 `balance`"
    case .nothingToPlan(nil):
      return english
        ? "no loan has a balance above 0; give `balance` in the configuration"
        : "没有借款的余额大于 0；请在配置中填写 `balance`"
    }
  }
}
