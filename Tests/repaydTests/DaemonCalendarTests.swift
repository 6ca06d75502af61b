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
/// the real socket and the real repayctl: `ListOccurrences` and `repayctl export-ics` with
/// payments and agreements (read back by Python's icalendar), and the `ics_feed` file the daemon
/// keeps current: rewritten after a payment and a reload, never seen half-written by a reader
/// during 1,000 rewrites, and whole after a SIGKILL during a rewrite.
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

  /// The feed's path for a household whose `ics_feed` is "feed/repayd.ics".
  private func feedPath(_ household: CalendarHousehold) -> String {
    household.dataHome + "/repayd/feed/repayd.ics"
  }

  /// Runs `body` while repayd serves a household whose feed is "feed/repayd.ics", once it has
  /// written the feed, and stops it by its pid.
  private func withFeed(_ body: (CalendarHousehold) throws -> Void) throws {
    try #require(ICSOracle.isInstalled, "no \(ICSOracle.python): run scripts/install-deps")
    let household = try CalendarHousehold(feed: "feed/repayd.ics")
    defer { household.remove() }
    try JournaldFixture.withJournald { _ in
      let daemon = try household.start()
      defer {
        daemon.send(SIGTERM)
        #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
      }
      try Polling.until("the feed at the start") { feed(household) != nil }
      try body(household)
    }
  }

  /// The feed's text, or nil while there is none.
  private func feed(_ household: CalendarHousehold) -> String? {
    try? String(contentsOfFile: feedPath(household), encoding: .utf8)
  }

  /// The calendar repayctl exports through the daemon for [day -10, day +50).
  private func export(_ household: CalendarHousehold) throws -> ICSOracle.Reading {
    let file = household.folder + "/export-\(UUID().uuidString).ics"
    let outcome = try household.repayctl([
      "export-ics", "--from", household.day(-10), "--days", "60", "-o", file,
    ])
    try #require(outcome.status == 0, "\(outcome.standardError)")
    return try ICSOracle.read(ics: file, from: household.day(-10), days: 60)
  }

  @Test(
    "export-ics through the daemon: paid, cancelled under the same UID, agreed as its own; the feed follows")
  func exportAndFeed() throws {
    try withFeed { household in
      // Written at the start, private to the user, in a folder made for it.
      var status = stat()
      #expect(stat(feedPath(household), &status) == 0 && status.st_mode & 0o777 == 0o600)
      #expect(stat(household.dataHome + "/repayd/feed", &status) == 0 && status.st_mode & 0o777 == 0o700)
      let before = try export(household)
      let overdue = "car-\(household.day(-5))@repayd"
      #expect(before.events.map(\.uid).contains(overdue))

      _ = try household.json([
        "renegotiate", "car", "--extend-to", household.day(20), "--waive-penalty", "--note",
        "agreed by phone",
      ])
      var last = try #require(feed(household))
      _ = try household.json(["pay", "bike"])
      try Polling.until("the feed after a payment") {
        feed(household).map { $0 != last && $0.contains("Paid: ") } ?? false
      }
      let after = try export(household)
      let superseded = try #require(after.events.first { $0.uid == overdue })
      #expect(
        superseded.status == "CANCELLED" && superseded.alarms.isEmpty && superseded.start == household.day(-5)
      )
      let bike = try #require(after.events.first { $0.uid == "bike-\(household.day(10))@repayd" })
      #expect(bike.summary.hasPrefix("Paid: ") && bike.alarms.isEmpty)
      let agreed = try #require(after.events.first { $0.uid == "car-agreement-1-1@repayd" })
      // 7 days and 1 day before, and on the day, at 09:30 in Shanghai (01:30 UTC).
      #expect(agreed.start == household.day(20) && agreed.status.isEmpty)
      #expect(agreed.alarms == [13, 19, 20].map { "\(household.day($0))T01:30:00Z" })
      // Changed events have a higher sequence; the unchanged one keeps its own.
      let sequence = { (reading: ICSOracle.Reading, uid: String) in
        reading.events.first { $0.uid == uid }?.sequence
      }
      #expect(sequence(after, overdue)! > sequence(before, overdue)!)
      let later = "car-\(household.day(40))@repayd"
      #expect(sequence(after, later) == sequence(before, later))

      // A reload with another amount: the feed changes, the UID stays, the sequence grows.
      last = try #require(feed(household))
      try household.write(feed: "feed/repayd.ics", carAmount: "1100.00")
      #expect(try household.repayctl(["reload"]).status == 0)
      try Polling.until("the feed after a reload") {
        feed(household).map { $0 != last && $0.contains("1\\,100.00") } ?? false
      }
      let reloaded = try export(household)
      let changed = try #require(reloaded.events.first { $0.uid == later })
      #expect(changed.summary.contains("¥1,100.00") && changed.sequence > sequence(after, later)!)
      #expect(reloaded.events.map(\.uid) == after.events.map(\.uid))
    }
  }

  @Test("a reader polling the feed during 1,000 rewrites by the daemon always parses it whole")
  func thousandRewrites() throws {
    try withFeed { household in
      let stop = household.folder + "/stop"
      let output = household.folder + "/reader.out"
      try #require(FileManager.default.createFile(atPath: output, contents: nil))
      let reader = Process()
      reader.executableURL = URL(fileURLWithPath: ICSOracle.python)
      reader.arguments = [
        ICSOracle.root.appendingPathComponent("Tests/oracles/ics_oracle.py").path, "watch",
        feedPath(household), stop,
      ]
      reader.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
      try reader.run()
      defer { if reader.isRunning { kill(reader.processIdentifier, SIGKILL) } }
      // 500 payments and 500 withdrawals straight through the socket: each rewrites the feed.
      let client = try ControlClient(
        address: ControlAddress(path: household.runtime + "/repayd/control.sock"), timeout: .seconds(30))
      for _ in 0..<500 {
        let paid = try client.call(Control.RecordPaymentRequest(loan: "bike"))
        _ = try client.call(Control.DeletePaymentRequest(id: paid.payment.id, note: "test"))
      }
      try #require(FileManager.default.createFile(atPath: stop, contents: nil))
      try Polling.until("the reader to stop", timeout: .seconds(120), ended: nil) { !reader.isRunning }
      let counts = try String(contentsOfFile: output, encoding: .utf8).split(separator: " ").compactMap {
        Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      #expect(reader.terminationStatus == 0 && counts.count == 2 && counts.last == 0, "\(counts)")
      #expect((counts.first ?? 0) > 1, "the reader read \(counts)")
    }
  }

  @Test("a daemon killed with SIGKILL during a rewrite leaves the old feed or the new one, whole")
  func killedDuringARewrite() throws {
    try #require(ICSOracle.isInstalled, "no \(ICSOracle.python): run scripts/install-deps")
    let household = try CalendarHousehold(feed: "feed/repayd.ics")
    defer { household.remove() }
    try JournaldFixture.withJournald { _ in
      for round in 0..<5 {
        let daemon = try household.start()
        defer { if daemon.isRunning { daemon.send(SIGKILL) } }
        try Polling.until("the feed at the start") { feed(household) != nil }
        let old = try #require(feed(household))
        let client = try ControlClient(
          address: ControlAddress(path: household.runtime + "/repayd/control.sock"), timeout: .seconds(30))
        // The reply comes before the rewrite: the kill lands before, during or after it.
        let paid = try client.call(Control.RecordPaymentRequest(loan: "bike"))
        if round % 2 == 1 { Thread.sleep(forTimeInterval: Double(round) / 1000) }
        daemon.send(SIGKILL)
        #expect(daemon.waitForExit() == -SIGKILL)
        let left = try #require(feed(household))
        let reading = try ICSOracle.read(ics: feedPath(household), from: household.day(-31), days: 397)
        #expect(!reading.events.isEmpty && reading.endsInCrlf)
        #expect(left == old || left.contains("Paid: "), "round \(round)")
        // The next round starts from a fresh payment state.
        let restarted = try household.start()
        _ = try household.repayctl(["unpay", String(paid.payment.id), "--note", "test"])
        restarted.send(SIGTERM)
        #expect(restarted.waitForExit() == 0)
      }
    }
  }
}
