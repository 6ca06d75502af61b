import Foundation
import RepayCore
import RepayTestSupport
import Testing

/// The planner against `Tests/oracles/plan_reference.py`, the arithmetic of docs/planner.md
/// written apart from the Swift code (Python, exact fractions), on random portfolios from
/// `Tests/oracles/plan_portfolio_generator.py`: mixed 0 % and interest-bearing loans, fixed
/// obligations, budgets short and ample, in both strategies. Every month's payments, interest
/// and balances, every payoff month and every total must agree to the minor unit.
@Suite struct PlanOracleTests {
  /// How many random portfolios are checked; each costs two Python runs.
  static let seedCount = 60

  private static let oracles = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Planner
    .deletingLastPathComponent()  // RepayCoreTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("oracles")

  /// The system's Python: the reference needs the standard library only.
  private static let python = "/usr/bin/python3"

  private static func runPython(_ script: String, _ arguments: [String], input: String = "") throws -> String
  {
    let outcome = try ChildProcess.run(
      python, [oracles.appendingPathComponent(script).path] + arguments, input: input)
    try #require(outcome.status == 0, "\(script) exited \(outcome.status): \(outcome.standardError)")
    return outcome.standardOutput
  }

  /// The portfolio, budget, first month and months of the generator's JSON.
  private static func query(_ object: [String: Any]) throws -> (PlanPortfolio, Int64, CalendarMonth, Int) {
    let yuan = Currency(code: "CNY")!
    func penalty(_ item: [String: Any]) throws -> Penalty {
      Penalty(
        dailyRate: try Rate(parsing: try #require(item["daily_rate"] as? String)),
        fee: Money(minorUnits: 0, currency: yuan))
    }
    let loans = try #require(object["loans"] as? [[String: Any]]).map { item in
      PlannedLoan(
        id: try #require(item["id"] as? String), balance: try #require(item["balance"] as? Int64),
        apr: try Rate(parsing: try #require(item["apr"] as? String)),
        minimumPayment: try #require(item["min_payment"] as? Int64), penalty: try penalty(item))
    }
    let obligations = try #require(object["obligations"] as? [[String: Any]]).map { item in
      FixedObligation(
        loan: try #require(item["loan"] as? String),
        due: try #require((item["due"] as? String).flatMap { LocalDate(parsing: $0) }),
        amount: try #require(item["amount"] as? Int64), penalty: try penalty(item),
        isOverdue: try #require(item["overdue"] as? Bool))
    }
    return (
      PlanPortfolio(currency: yuan, loans: loans, obligations: obligations),
      try #require(object["budget"] as? Int64),
      try #require((object["from"] as? String).flatMap { CalendarMonth(parsing: $0) }),
      try #require(object["months"] as? Int)
    )
  }

  /// The plan in the reference's JSON shape.
  private static func json(_ plan: RepaymentPlan) -> [String: Any] {
    [
      "months": plan.months.map { month in
        [
          "month": month.month.description,
          "payments": month.payments.map {
            ["loan": $0.loan, "payment": $0.payment, "interest": $0.interest, "balance": $0.balance]
              as [String: Any]
          },
        ] as [String: Any]
      },
      "loans": plan.loans.map {
        [
          "loan": $0.loan, "payoff": $0.payoff?.description ?? NSNull(), "interest": $0.interest,
          "minimum_below_interest": $0.minimumBelowInterest,
        ] as [String: Any]
      },
      "total_interest": plan.totalInterest,
      "payoff": plan.payoff?.description ?? NSNull(),
      "shortfall": plan.shortfall,
      "first_month_unpaid": plan.firstMonthUnpaid.map {
        ["loan": $0.loan, "unpaid": $0.unpaid, "penalty_per_day": $0.penaltyPerDay] as [String: Any]
      },
      "penalty_per_day": plan.penaltyPerDay,
    ]
  }

  /// The first place where `actual` differs from `expected`, as a path and both values; nil when
  /// they are equal.
  private static func firstDifference(_ expected: Any, _ actual: Any, at path: String = "") -> String? {
    switch (expected, actual) {
    case (let left as [String: Any], let right as [String: Any]):
      for key in Set(left.keys).union(right.keys).sorted() {
        guard let a = left[key], let b = right[key] else { return "\(path).\(key): present on one side only" }
        if let found = firstDifference(a, b, at: "\(path).\(key)") { return found }
      }
      return nil
    case (let left as [Any], let right as [Any]):
      for (index, (a, b)) in zip(left, right).enumerated() {
        if let found = firstDifference(a, b, at: "\(path)[\(index)]") { return found }
      }
      return left.count == right.count
        ? nil : "\(path): \(left.count) elements in the reference, \(right.count) here"
    default:
      return (expected as? NSObject)?.isEqual(actual) == true
        ? nil : "\(path): reference \(expected), planner \(actual)"
    }
  }

  @Test("the planner agrees with the reference on a random portfolio", arguments: 1...seedCount)
  func agreesWithReference(seed: Int) throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.python), "no \(Self.python)")
    let input = try Self.runPython("plan_portfolio_generator.py", ["--seed", "\(seed)"])
    let reference = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try Self.runPython("plan_reference.py", [], input: input).utf8))
        as? [String: Any])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(input.utf8)) as? [String: Any])
    let (portfolio, budget, from, months) = try Self.query(object)
    for strategy in RepaymentStrategy.allCases {
      let plan = RepaymentPlanner.plan(
        portfolio, budget: budget, from: from, months: months, strategy: strategy)
      let expected = try #require(reference[strategy.rawValue])
      let difference = Self.firstDifference(expected, Self.json(plan))
      #expect(difference == nil, "seed \(seed), \(strategy): \(difference ?? "")\ninput: \(input)")
    }
  }

  @Test("a mismatch is reported at the first differing value")
  func differenceReport() {
    let reference: [String: Any] = [
      "months": [["payments": [["loan": "a", "payment": 5]]]], "payoff": NSNull(),
    ]
    let same: [String: Any] = ["payoff": NSNull(), "months": [["payments": [["payment": 5, "loan": "a"]]]]]
    let other: [String: Any] = ["months": [["payments": [["loan": "a", "payment": 6]]]], "payoff": NSNull()]
    #expect(Self.firstDifference(reference, same) == nil)
    #expect(
      Self.firstDifference(reference, other) == ".months[0].payments[0].payment: reference 5, planner 6")
    #expect(Self.firstDifference(reference, ["months": [], "payoff": NSNull()]) != nil)
  }
}
