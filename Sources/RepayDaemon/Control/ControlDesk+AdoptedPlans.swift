import ControlInterface
import Foundation
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `AdoptPlan`: the plan `Plan` answers for the same parameters, kept as the plan in force
  /// from now; the plan in force before is replaced and stays in `ListPlans`. Errors: those of
  /// `Plan`; `StoreFailed`.
  func adoptPlan(_ request: Control.AdoptPlanRequest) throws(ControlError) -> Control.AdoptPlanReply {
    let plan = try self.plan(request.plan)
    guard let currency = Currency(code: plan.currency) else {
      preconditionFailure("the planner answered with the unknown currency \(plan.currency)")
    }
    var payments: [PlannedMonthPayment] = []
    for month in plan.months {
      for payment in month.payments {
        payments.append(
          PlannedMonthPayment(
            month: month.month, loan: payment.loan,
            amount: Self.plannedAmount(payment.payment, in: currency)))
      }
    }
    let budget = Self.plannedAmount(plan.budget, in: currency)
    guard let json = try? JSONEncoder().encode(plan) else {
      preconditionFailure("a plan is made of strings, numbers and arrays, which always encode")
    }
    let text = String(decoding: json, as: UTF8.self)
    let adopted = try stored { () throws(StoreError) in
      try store.adoptPlan(
        plan: text, budget: budget, strategy: plan.strategy.rawValue, payments: payments, adoptedAt: now)
    }
    return Control.AdoptPlanReply(plan: Self.record(adopted, plan: plan))
  }

  /// `ListPlans`: every adopted plan, in the order they were adopted. Errors: `StoreFailed`.
  func listPlans(_ request: Control.ListPlansRequest) throws(ControlError) -> Control.ListPlansReply {
    let plans = try stored { () throws(StoreError) in try store.adoptedPlans() }
    return Control.ListPlansReply(
      plans: try plans.map { adopted throws(ControlError) in
        guard let plan = try? JSONDecoder().decode(Control.PlanResult.self, from: Data(adopted.plan.utf8))
        else {
          throw .storeFailed(
            message: language.text(
              en: "the plan adopted as number \(adopted.id) cannot be read back",
              zh: "无法读回第 \(adopted.id) 号采用的计划"))
        }
        return Self.record(adopted, plan: plan)
      })
  }

  /// How the plan in force is kept: this month so far and last month as it ended, each month's
  /// planned payments against the payments dated in it (in the plan's currency, withdrawn ones
  /// left out); nil when no plan is in force or it pays nothing in either month.
  func planProgress() throws(ControlError) -> Control.PlanProgress? {
    let thisMonth = CalendarMonth(containing: today)
    let found = try stored {
      () throws(StoreError) -> (AdoptedPlan, [PlannedMonthPayment], [PlannedMonthPayment], [Payment])? in
      guard let plan = try store.planInForce() else { return nil }
      let now = try store.plannedPayments(plan: plan, month: thisMonth.description)
      let last = try store.plannedPayments(plan: plan, month: thisMonth.advanced(by: -1).description)
      return now.isEmpty && last.isEmpty ? nil : (plan, now, last, try store.payments())
    }
    guard let (plan, planned, plannedLast, payments) = found else { return nil }
    return Control.PlanProgress(
      plan: Int(plan.id), adoptedAt: InstantText.format(microseconds: plan.adoptedAt),
      currency: plan.budget.currency.code, budget: plan.budget.decimalText,
      strategy: Control.PlanStrategy(rawValue: plan.strategy) ?? .avalanche,
      thisMonth: Self.progress(of: thisMonth, planned: planned, payments: payments),
      lastMonth: Self.progress(of: thisMonth.advanced(by: -1), planned: plannedLast, payments: payments))
  }

  /// `month` of a plan that pays `planned` in it, against `payments`; nil when it pays nothing.
  /// What it is short of sums, loan by loan, what the payments lack of the plan: paying one loan
  /// beyond its plan does not make up for another.
  private static func progress(
    of month: CalendarMonth, planned: [PlannedMonthPayment], payments: [Payment]
  ) -> Control.PlanMonthProgress? {
    guard let currency = planned.first?.amount.currency else { return nil }
    var paid: [String: Int64] = [:]
    for payment in payments
    where payment.withdrawnAt == nil && payment.amount.currency == currency
      && CalendarMonth(containing: payment.paidOn) == month
    {
      paid[payment.loan, default: 0] += payment.amount.minorUnits
    }
    let money = { (minorUnits: Int64) in Money(minorUnits: minorUnits, currency: currency).decimalText }
    return Control.PlanMonthProgress(
      month: month.description, planned: money(planned.reduce(0) { $0 + $1.amount.minorUnits }),
      paid: money(planned.reduce(0) { $0 + (paid[$1.loan] ?? 0) }),
      short: money(planned.reduce(0) { $0 + max(0, $1.amount.minorUnits - (paid[$1.loan] ?? 0)) }),
      loans: planned.map {
        Control.PlanProgressLoan(
          loan: $0.loan, planned: $0.amount.decimalText, paid: money(paid[$0.loan] ?? 0))
      })
  }

  private static func record(_ adopted: AdoptedPlan, plan: Control.PlanResult) -> Control.AdoptedPlan {
    Control.AdoptedPlan(
      id: Int(adopted.id), adoptedAt: InstantText.format(microseconds: adopted.adoptedAt),
      replacedAt: adopted.replacedAt.map { InstantText.format(microseconds: $0) }, plan: plan)
  }

  /// An amount of the planner's own answer, which is always a decimal in its currency.
  private static func plannedAmount(_ text: String, in currency: Currency) -> Money {
    guard let money = try? Money(parsing: text, currency: currency) else {
      preconditionFailure("the planner answered with the amount \(text)")
    }
    return money
  }
}
