import RepayCore

extension ControlError {
  /// The error `InvalidParameter` for a plan's parameter `fault`: `format` for a budget, month or
  /// currency code that is not one, `range` for one out of range or a currency no loan with a
  /// balance has, `missing` for a currency needed among several.
  public static func invalidParameter(_ fault: PlanParameterFault) -> ControlError {
    let reason: InvalidParameterReason
    switch fault {
    case .budgetNotAnAmount, .fromNotAMonth, .currencyUnknown: reason = .format
    case .budgetOutOfRange, .monthsOutOfRange, .fromOutOfRange, .nothingToPlan: reason = .range
    case .currencyNeeded: reason = .missing
    }
    return .invalidParameter(parameter: fault.parameter, reason: reason)
  }
}
