import GRDB
import RepayCore
import RepayStore
import Testing

/// Adopted plans: one in force, the ones it replaced kept with when; the payments per month and
/// loan read back as adopted.
@Suite("adopted plans")
struct PlanStoreTests {
  static let yuan = Currency(code: "CNY")!

  static func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: yuan) }

  @Test("a new plan replaces the one in force, which stays in the history with the instant")
  func replace() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    #expect(try store.planInForce() == nil)
    let first = try store.adoptPlan(
      plan: #"{"budget": "3000.00"}"#, budget: Self.money(300_000), strategy: "avalanche",
      payments: [PlannedMonthPayment(month: "2026-12", loan: "huabei", amount: Self.money(250_000))],
      adoptedAt: 100)
    #expect(try store.planInForce() == first)
    let second = try store.adoptPlan(
      plan: #"{"budget": "4000.00"}"#, budget: Self.money(400_000), strategy: "avalanche",
      payments: [
        PlannedMonthPayment(month: "2026-12", loan: "jd", amount: Self.money(100_000)),
        PlannedMonthPayment(month: "2026-12", loan: "huabei", amount: Self.money(300_000)),
        PlannedMonthPayment(month: "2027-01", loan: "huabei", amount: Self.money(400_000)),
      ],
      adoptedAt: 200)
    var replaced = first
    replaced.replacedAt = 200
    #expect(try store.adoptedPlans() == [replaced, second])
    #expect(try store.planInForce() == second)
    #expect(
      try store.plannedPayments(plan: second, month: "2026-12") == [
        PlannedMonthPayment(month: "2026-12", loan: "huabei", amount: Self.money(300_000)),
        PlannedMonthPayment(month: "2026-12", loan: "jd", amount: Self.money(100_000)),
      ])
    #expect(
      try store.plannedPayments(plan: replaced, month: "2026-12") == [
        PlannedMonthPayment(month: "2026-12", loan: "huabei", amount: Self.money(250_000))
      ])
    #expect(try store.plannedPayments(plan: second, month: "2027-02") == [])
    try store.close()
  }

  @Test("the store refuses a second plan in force and a budget of zero")
  func constraints() throws {
    let temporary = try TemporaryStateDirectory()
    defer { temporary.remove() }
    let store = try temporary.openStore()
    _ = try store.adoptPlan(
      plan: "{}", budget: Self.money(100), strategy: "avalanche", payments: [], adoptedAt: 1)
    try store.close()
    let queue = try DatabaseQueue(path: temporary.databasePath)
    defer { try? queue.close() }
    let insert =
      "INSERT INTO plans (adopted_at, currency, budget_minor, strategy, plan) VALUES (?, 'CNY', ?, 'avalanche', '{}')"
    #expect(throws: DatabaseError.self) {
      try queue.write { try $0.execute(sql: insert, arguments: [2, 500]) }
    }
    #expect(throws: DatabaseError.self) {
      try queue.write { db in
        try db.execute(sql: "UPDATE plans SET replaced_at = 5")
        try db.execute(sql: insert, arguments: [6, 0])
      }
    }
    // What the constraints let through, for contrast: a plan after the one in force was replaced.
    try queue.write { db in
      try db.execute(sql: "UPDATE plans SET replaced_at = 5")
      try db.execute(sql: insert, arguments: [6, 500])
    }
  }
}
