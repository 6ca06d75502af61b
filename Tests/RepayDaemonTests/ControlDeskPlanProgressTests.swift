import ControlInterface
import RepayControl
import RepayCore
import RepayStore
import Testing

@testable import RepayDaemon

/// How this month keeps to the adopted plan, in `GetStatus` and `ListUpcoming`: each loan's
/// planned payment against the payments dated in the month.
struct ControlDeskPlanProgressTests {
  static let yuan = Currency(code: "CNY")!

  static func money(_ text: String) -> Money { try! Money(parsing: text, currency: yuan) }

  /// A plan adopted at 2026-12-01 that pays huabei ¥1,600.00 and jd ¥300.00 in December and
  /// huabei ¥1,900.00 in January.
  @discardableResult
  static func adopt(_ fixture: ControlDeskFixture) throws -> AdoptedPlan {
    try fixture.store.adoptPlan(
      plan: "{}", budget: money("2000.00"), strategy: "avalanche",
      payments: [
        PlannedMonthPayment(month: "2026-12", loan: "huabei", amount: money("1600.00")),
        PlannedMonthPayment(month: "2026-12", loan: "jd", amount: money("300.00")),
        PlannedMonthPayment(month: "2027-01", loan: "huabei", amount: money("1900.00")),
      ], adoptedAt: ControlDeskFixture.instant("2026-12-01T02:00:00Z"))
  }

  @Test("no plan adopted: no progress")
  func noPlan() throws {
    try withDesk { fixture in
      let status = try fixture.desk().getStatus(Control.GetStatusRequest())
      #expect(status.plan == nil)
    }
  }

  @Test("behind loan by loan: paying huabei beyond its plan does not make up for jd")
  func behindLoanByLoan() throws {
    try withDesk { fixture in
      let plan = try Self.adopt(fixture)
      try fixture.pay("huabei", "2026-12-10", "1250.00", at: "2026-12-02T01:00:00Z")
      try fixture.pay("huabei", "2027-01-10", "500.00", at: "2026-12-14T01:00:00Z")
      // Paid in November: not this month's.
      try fixture.pay("jd", "2026-12-14", "300.00", at: "2026-11-30T01:00:00Z")
      let status = try fixture.desk().getStatus(Control.GetStatusRequest())
      let expected = Control.PlanProgress(
        plan: Int(plan.id), adoptedAt: "2026-12-01T02:00:00Z", currency: "CNY", budget: "2000.00",
        strategy: .avalanche,
        thisMonth: Control.PlanMonthProgress(
          month: "2026-12", planned: "1900.00", paid: "1750.00", short: "300.00",
          loans: [
            Control.PlanProgressLoan(loan: "huabei", planned: "1600.00", paid: "1750.00"),
            Control.PlanProgressLoan(loan: "jd", planned: "300.00", paid: "0.00"),
          ]),
        lastMonth: nil)
      #expect(status.plan == expected)
      let upcoming = try fixture.desk().listUpcoming(Control.ListUpcomingRequest())
      #expect(upcoming.plan == expected)
    }
  }

  @Test("a withdrawn payment counts for nothing; a kept month is 0.00 behind")
  func withdrawnAndKept() throws {
    try withDesk { fixture in
      try Self.adopt(fixture)
      let withdrawn = try fixture.pay("jd", "2026-12-14", "300.00", at: "2026-12-03T01:00:00Z")
      _ = try fixture.store.withdrawPayment(
        id: withdrawn.id, at: ControlDeskFixture.instant("2026-12-04T01:00:00Z"), note: nil)
      let before = try fixture.desk().getStatus(Control.GetStatusRequest())
      #expect(before.plan?.thisMonth?.short == "1900.00")
      try fixture.pay("jd", "2026-12-14", "300.00", at: "2026-12-05T01:00:00Z")
      try fixture.pay("huabei", "2026-12-10", "1600.00", at: "2026-12-06T01:00:00Z")
      let after = try fixture.desk().getStatus(Control.GetStatusRequest())
      #expect(after.plan?.thisMonth?.short == "0.00" && after.plan?.thisMonth?.paid == "1900.00")
    }
  }

  @Test("the months follow today: January with December as it ended; February with January; then none")
  func monthsFollowToday() throws {
    try withDesk { fixture in
      try Self.adopt(fixture)
      try fixture.pay("jd", "2026-12-14", "300.00", at: "2026-12-20T01:00:00Z")
      func progress(_ instant: String) throws -> Control.PlanProgress? {
        try fixture.desk(at: ControlDeskFixture.instant(instant)).getStatus(Control.GetStatusRequest()).plan
      }
      let january = try progress("2027-01-05T02:00:00Z")
      #expect(january?.thisMonth?.month == "2027-01" && january?.thisMonth?.planned == "1900.00")
      // December ended with jd paid and huabei not: ¥1,600.00 behind.
      #expect(january?.lastMonth?.month == "2026-12" && january?.lastMonth?.short == "1600.00")
      let february = try progress("2027-02-05T02:00:00Z")
      #expect(february?.thisMonth == nil && february?.lastMonth?.short == "1900.00")
      #expect(try progress("2027-03-05T02:00:00Z") == nil)
    }
  }
}
