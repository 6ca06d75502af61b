import GRDB
import RepayCore

extension StateStore {
  /// Keeps `plan` (the JSON text of the daemon's answer, made with `strategy`, `avalanche` or
  /// `snowball`) with its `payments` as the plan in force from `adoptedAt` (microseconds since
  /// 1970 UTC); the plan in force before is marked replaced at that instant and stays. Every
  /// payment must be in `budget`'s currency.
  public func adoptPlan(
    plan: String, budget: Money, strategy: String, payments: [PlannedMonthPayment], adoptedAt: Int64
  ) throws(StoreError) -> AdoptedPlan {
    precondition(payments.allSatisfy { $0.amount.currency == budget.currency }, "a plan has one currency")
    return try write { db in
      try db.execute(
        sql: "UPDATE plans SET replaced_at = ? WHERE replaced_at IS NULL", arguments: [adoptedAt])
      try db.execute(
        sql: "INSERT INTO plans (adopted_at, currency, budget_minor, strategy, plan) VALUES (?, ?, ?, ?, ?)",
        arguments: [adoptedAt, budget.currency.code, budget.minorUnits, strategy, plan])
      let id = db.lastInsertedRowID
      for payment in payments {
        try db.execute(
          sql: "INSERT INTO plan_payments (plan, month, loan, amount_minor) VALUES (?, ?, ?, ?)",
          arguments: [id, payment.month, payment.loan, payment.amount.minorUnits])
      }
      return AdoptedPlan(
        id: id, adoptedAt: adoptedAt, replacedAt: nil, budget: budget, strategy: strategy, plan: plan)
    }
  }

  /// Every adopted plan, in the order they were adopted: the one in force, if any, last.
  public func adoptedPlans() throws(StoreError) -> [AdoptedPlan] {
    try read { db in try Row.fetchAll(db, sql: "\(Self.planColumns) ORDER BY id").map(Self.adoptedPlan) }
  }

  /// The plan in force: the last adopted, unless none was.
  public func planInForce() throws(StoreError) -> AdoptedPlan? {
    try read { db in
      try Row.fetchOne(db, sql: "\(Self.planColumns) WHERE replaced_at IS NULL").map(Self.adoptedPlan)
    }
  }

  /// What plan `plan` pays each loan in `month` (`YYYY-MM`), by loan id.
  public func plannedPayments(plan: AdoptedPlan, month: String) throws(StoreError) -> [PlannedMonthPayment] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT loan, amount_minor FROM plan_payments WHERE plan = ? AND month = ? ORDER BY loan",
        arguments: [plan.id, month]
      ).map { row in
        let stored = StoredRow(row: row, table: "plan_payments")
        return PlannedMonthPayment(
          month: month, loan: try stored.value("loan"),
          amount: Money(minorUnits: try stored.value("amount_minor"), currency: plan.budget.currency))
      }
    }
  }

  private static var planColumns: String {
    "SELECT id, adopted_at, replaced_at, currency, budget_minor, strategy, plan FROM plans"
  }

  private static func adoptedPlan(_ row: Row) throws -> AdoptedPlan {
    let stored = StoredRow(row: row, table: "plans")
    return AdoptedPlan(
      id: try stored.value("id"), adoptedAt: try stored.value("adopted_at"),
      replacedAt: try stored.value("replaced_at"),
      budget: try stored.money(minorUnitsColumn: "budget_minor", currencyColumn: "currency"),
      strategy: try stored.value("strategy"), plan: try stored.value("plan"))
  }
}
