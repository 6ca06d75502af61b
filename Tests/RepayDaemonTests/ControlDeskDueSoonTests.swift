import ControlInterface
import RepayControl
import RepayCore
import Testing

@testable import RepayDaemon

/// "3 due in the next 7 days": the unsettled occurrences due from today through the 6 days after
/// it, in `GetStatus` and `ListUpcoming` alike, whatever window `upcoming` asks for.
struct ControlDeskDueSoonTests {
  @Test("on 2026-12-15 nothing is due within 7 days: jd's 12-14 is overdue, not due soon")
  func nothingDueSoon() throws {
    try withDesk { fixture in
      let expected = Control.DueSoon(days: 7, count: 0, total: [])
      let status = try fixture.desk().getStatus(Control.GetStatusRequest())
      let upcoming = try fixture.desk().listUpcoming(Control.ListUpcomingRequest(days: 60))
      #expect(status.dueSoon == expected && upcoming.dueSoon == expected)
    }
  }

  @Test("on 2027-01-04 huabei's 01-10 is due soon with what is left after a partial payment")
  func partialPaymentCountsWhatIsLeft() throws {
    try withDesk { fixture in
      try fixture.pay("huabei", "2027-01-10", "250.00", at: "2027-01-03T01:00:00Z")
      let desk = fixture.desk(at: ControlDeskFixture.instant("2027-01-04T02:00:00Z"))
      let expected = Control.DueSoon(
        days: 7, count: 1, total: [Control.Amount(amount: "1000.00", currency: "CNY")])
      let status = try desk.getStatus(Control.GetStatusRequest())
      let upcoming = try desk.listUpcoming(Control.ListUpcomingRequest(days: 2))
      #expect(status.dueSoon == expected && upcoming.dueSoon == expected)
    }
  }

  @Test("the window's last day is the sixth after today; a settled occurrence is not counted")
  func windowEdges() throws {
    try withDesk { fixture in
      // 2027-01-04: huabei's 01-10 is the sixth day after; jd's 01-20 is beyond.
      let edge = fixture.desk(at: ControlDeskFixture.instant("2027-01-04T02:00:00Z"))
      let atEdge = try edge.getStatus(Control.GetStatusRequest())
      #expect(atEdge.dueSoon?.count == 1)
      // 2027-01-03: 01-10 is the seventh day after, outside.
      let before = fixture.desk(at: ControlDeskFixture.instant("2027-01-03T02:00:00Z"))
      let dayBefore = try before.getStatus(Control.GetStatusRequest())
      #expect(dayBefore.dueSoon?.count == 0)
      try fixture.pay("huabei", "2027-01-10", "1250.00", at: "2027-01-03T01:00:00Z")
      let settled = try edge.getStatus(Control.GetStatusRequest())
      #expect(settled.dueSoon?.count == 0)
    }
  }
}
