import Foundation
import RepayConfig
import RepayCore
import RepayDaemon
import RepayStore
import Testing

/// The planner with an adopted plan in the store: an advance notice names what the plan pays the
/// loan in the due date's month; a month the plan does not pay the loan adds nothing.
struct ReminderPlannerPlanTests {
  /// One loan in UTC, due on the 10th of January and February, reminded 3 days ahead at 09:00.
  private static let text = """
    [daemon]
    timezone = "UTC"
    [reminders]
    at = "09:00"
    before = ["3d"]
    [[loan]]
    id = "jiebei"
    name = "借呗"
    platform = "Ant"
    amount = "800.00"
    currency = "CNY"
    due = { dates = [2027-01-10, 2027-02-10] }
    business_day = "none"
    """

  private func at(_ text: String) -> Int64 { InstantText.parse(text)! }

  @Test("January's advance notice names the plan's ¥900.00; February's, unplanned, does not")
  func advanceNamesThePlan() throws {
    let state = try PlannerState(Self.text)
    defer { state.remove() }
    let store = state.store
    let cny = Currency(code: "CNY")!
    _ = try store.adoptPlan(
      plan: "{}", budget: Money(minorUnits: 90_000, currency: cny), strategy: "avalanche",
      payments: [
        PlannedMonthPayment(
          month: "2027-01", loan: "jiebei", amount: Money(minorUnits: 90_000, currency: cny))
      ],
      adoptedAt: at("2026-12-20T00:00:00Z"))
    func makePlanner(since: String) -> ReminderPlanner { state.planner(since: at(since)) }
    let planner = makePlanner(since: "2026-12-20T00:00:00Z")
    #expect(try planner.plan(now: at("2027-01-01T00:00:00Z")).isEmpty)
    let advance = try planner.wake(now: at("2027-01-07T09:00:00Z"))
    #expect(
      advance.map(\.notice.body) == [
        "Due on 2027-01-10 at Ant. Pay at Ant. Your plan pays ¥900.00 on it in 2027-01."
      ])
    // A first start after January's stages: of January, unpaid, only the stage it stands at (the
    // default ladder's 15 days overdue); then February's advance notice, without the plan.
    let later = makePlanner(since: "2027-02-01T00:00:00Z")
    let january = try later.plan(now: at("2027-02-01T00:00:00Z"))
    #expect(
      january.map { "\($0.key.date) \($0.key.stage.rawValue) \($0.key.offsetSeconds / 86_400)" } == [
        "2027-01-10 overdue 15"
      ])
    let february = try later.wake(now: at("2027-02-07T09:00:00Z"))
    #expect(february.map(\.notice.body) == ["Due on 2027-02-10 at Ant. Pay at Ant."])
  }
}
