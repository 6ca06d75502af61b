import ControlInterface
import Foundation
import RepayControl
import RepayCore
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The calendar calls on the real daemon, a real journald and a real state file, driven through
/// the real socket and the real repayctl: `ListOccurrences` with payments and agreements.
@Suite(.serialized)
struct DaemonCalendarTests {
  @Test("ListOccurrences: settled, superseded and agreed occurrences in the window, by date then loan")
  func listOccurrences() throws {
    let household = try CalendarHousehold()
    defer { household.remove() }
    try JournaldFixture.withJournald { _ in
      let daemon = try household.start()
      defer {
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
      }
      // The overdue occurrence becomes one agreed in 20 days; bike's is paid.
      _ = try household.json([
        "renegotiate", "car", "--extend-to", household.day(20), "--waive-penalty", "--note",
        "agreed by phone",
      ])
      _ = try household.json(["pay", "bike"])
      let client = try ControlClient(
        address: ControlAddress(path: household.runtime + "/repayd/control.sock"), timeout: .seconds(20))
      let reply = try client.call(Control.ListOccurrencesRequest(from: household.day(-10), days: 50))
      #expect(reply.timezone == "Asia/Shanghai")
      let listed = reply.occurrences.map { ($0.loan, $0.occurrence.due, $0.occurrence.status) }
      let expected: [(String, String, Control.OccurrenceStatus)] = [
        ("car", household.day(-5), .superseded), ("bike", household.day(10), .settled),
        ("car", household.day(10), .upcoming), ("car", household.day(20), .upcoming),
      ]
      #expect(listed.elementsEqual(expected) { $0 == $1 }, "\(listed)")
      let agreed = try #require(reply.occurrences.first { $0.occurrence.due == household.day(20) })
      #expect(agreed.occurrence.agreement == 1 && agreed.occurrence.installment == nil)
      #expect(agreed.occurrence.amount == "1000.00")
      #expect(reply.occurrences.first?.occurrence.supersededBy == 1)
      let bike = try #require(reply.occurrences.first { $0.loan == "bike" })
      #expect(bike.name == "自行车" && bike.platform == "花呗" && bike.occurrence.paid == "50.00")
      // The same occurrences as GetLoan gives them (it lists through the first open one ahead).
      let car = try client.call(Control.GetLoanRequest(id: "car")).occurrences
      #expect(car.count == 2)
      #expect(Array(reply.occurrences.filter { $0.loan == "car" }.map(\.occurrence).prefix(2)) == car)
      // The window's end is excluded; the day after the last one is empty.
      #expect(
        try client.call(Control.ListOccurrencesRequest(from: household.day(11), days: 9)).occurrences.isEmpty)
      for (from, days, parameter) in [
        (household.day(0), 0, "days"), (household.day(0), 3661, "days"), ("2026-13-01", 30, "from"),
      ] {
        do throws(ControlClientError) {
          _ = try client.call(Control.ListOccurrencesRequest(from: from, days: days))
          Issue.record("\(from) \(days) was accepted")
        } catch {
          guard case .control(.invalidParameter(let named, _), _) = error else {
            Issue.record("\(error)")
            continue
          }
          #expect(named == parameter)
        }
      }
    }
  }
}
