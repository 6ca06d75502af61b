import Foundation
import RepayConfig
import RepayCore
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary with a real systemd-journald: notices arrive at their instants with
/// the design brief's fields, systemd hears READY and STOPPING, SIGTERM exits 0, and a SIGKILL
/// and restart neither repeats nor loses a notice. Serialized: the tests share one journald, and
/// each takes most of a minute of real time.
@Suite(.serialized)
struct DaemonJournalTests {
  private let zoneName = PlacedHousehold.zoneName

  /// A fresh state directory, removed afterwards by the caller.
  private func stateDirectory() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("repayd-test-\(UUID().uuidString)").path
  }

  /// The local date in Asia/Shanghai of an entry's `__REALTIME_TIMESTAMP` (microseconds).
  private func localDate(of entry: JournalEntry) throws -> String {
    let zone = try SystemTimeZone.rules(for: zoneName, environment: [:])
    return zone.localDate(at: Int64(entry["__REALTIME_TIMESTAMP"]!)! / 1_000_000).description
  }

  private func nowSeconds() -> Int64 { Int64(Date().timeIntervalSince1970) }

  @Test("repayd --demo: advance, due and overdue in the journal within a minute, with the brief's fields")
  func demo() throws {
    let state = stateDirectory()
    defer { try? FileManager.default.removeItem(atPath: state) }
    let notify = try NotifySocket()
    defer { notify.close() }
    try JournaldFixture.withJournald { journal in
      let started = nowSeconds()
      let daemon = try RepaydProcess(
        ["--demo", "--state-dir", state], environment: notify.environment.merging(["TZ": zoneName]) { $1 })
      let ready = notify.receive(count: 2, timeout: .seconds(60))
      #expect(ready.contains("READY=1"), "\(ready) \(daemon.standardError)")
      #expect(ready.contains { $0.hasPrefix("STATUS=next ") && $0.contains(": 花呗 ¥1,250.00 is due today (") })

      let entries = try journal.entries(
        matching: ["_PID=\(daemon.pid)", "REPAY_LOAN=huabei"], since: started, count: 3, timeout: .seconds(60)
      )
      #expect(entries.map { $0["REPAY_STAGE"] } == ["advance", "due", "overdue"], "\(daemon.standardError)")
      try #require(entries.count == 3)
      let (advance, due, overdue) = (entries[0], entries[1], entries[2])
      #expect(advance["MESSAGE_ID"] == "782879cde8764a17a59bdbaefa591b1d" && advance["PRIORITY"] == "5")
      #expect(due["MESSAGE_ID"] == "37e12212f21541d2a95713d1ceeffd48" && due["PRIORITY"] == "4")
      #expect(overdue["MESSAGE_ID"] == "b765eeec1f8447b2b880ee0effb7a48d" && overdue["PRIORITY"] == "3")
      for entry in entries {
        #expect(entry["SYSLOG_IDENTIFIER"] == "repayd")
        #expect(entry["REPAY_AMOUNT"] == "1250.00" && entry["REPAY_CURRENCY"] == "CNY")
        #expect(entry["REPAY_OCCURRENCE"] == (try localDate(of: due)))
        #expect(entry["MESSAGE"]?.hasPrefix("花呗 ¥1,250.00 ") == true)
      }
      #expect(advance["REPAY_DAYS_OVERDUE"] == nil && due["REPAY_DAYS_OVERDUE"] == nil)
      // The overdue stage fires on the due date itself, 15 s after the due time: 0 days overdue
      // and no penalty yet, as repayctl counts it (docs/config.md, "Days overdue and the penalty").
      let day = try localDate(of: overdue)
      #expect(overdue["REPAY_DAYS_OVERDUE"] == "0")
      #expect(
        overdue["MESSAGE"]?.contains(
          "is still unpaid; overdue from \(LocalDate(parsing: day)!.advanced(by: 1)): ¥1,250.00 due \(day) is "
            + "unpaid, 0 days overdue; penalty so far ¥0.00;") == true, "\(overdue["MESSAGE"] ?? "")")
      let repayctl = RepayctlRunner(address: "unix:" + state + "/control.sock")
      let loans = try #require(try repayctl.json(["loans"])["loans"] as? [[String: Any]])
      let huabei = try #require(loans.first { $0["id"] as? String == "huabei" })
      // The same count from repayctl, unless local midnight has passed meanwhile.
      let zone = try SystemTimeZone.rules(for: zoneName, environment: [:])
      if zone.localDate(at: nowSeconds()).description == day {
        #expect(huabei["days_overdue"] as? Int == 0 && huabei["next_due"] as? String == day, "\(huabei)")
      }
      // Advance 10 s before the due time, overdue 15 s after it: each stage at or after its
      // instant, none early, and live (a loose bound on lateness: the machine is shared).
      let times = entries.map { Int64($0["__REALTIME_TIMESTAMP"]!)! }
      #expect((10_000_000 - 5_000_000..<10_000_000 + 5_000_000).contains(times[1] - times[0]))
      #expect((15_000_000 - 5_000_000..<15_000_000 + 5_000_000).contains(times[2] - times[1]))

      daemon.send(SIGTERM)
      #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
      // Every wake-up updated the status meanwhile; the last message is the stop.
      #expect(notify.receive(count: 100, timeout: .seconds(2)).last == "STOPPING=1")
      // A clean stop logs no error of its own (the overdue notice itself has priority 3); its
      // last line, "stopped", says the log is all there.
      _ = try journal.entries(
        matching: ["_PID=\(daemon.pid)", "MESSAGE=stopped"], since: started, count: 1, timeout: .seconds(60))
      let errors = try journal.read(matching: ["_PID=\(daemon.pid)"], since: started).filter {
        $0["REPAY_STAGE"] == nil && Int($0["PRIORITY"] ?? "") ?? 7 <= 3
      }
      #expect(errors.isEmpty, "\(errors.map { $0["MESSAGE"] ?? "" })")
    }
  }

  @Test("SIGKILL after the first notice and a restart: each notice once, none early, none lost")
  func killAndRestart() throws {
    try JournaldFixture.withJournald { journal in
      let household = try PlacedHousehold()
      defer { household.remove() }
      let environment = ["TZ": PlacedHousehold.zoneName]
      let first = try RepaydProcess(household.arguments, environment: environment)
      let advance = try journal.entries(
        matching: [household.match], since: household.start - 1, count: 1, timeout: .seconds(30))
      #expect(advance.map { $0["REPAY_STAGE"] } == ["advance"], "\(first.standardError)")
      // Kill once the delivery is recorded (a few milliseconds after it is sent; waited for,
      // since a busy machine may take longer): the restart must not repeat it.
      let recorded =
        "SELECT count(*) FROM deliveries"
        + " WHERE subject = 'loan' AND subject_id = '\(household.loan)' AND stage = 'advance'"
      try Polling.until("the advance notice recorded in the store") {
        try ChildProcess.run("/usr/bin/sqlite3", [household.stateDirectory + "/state.sqlite", recorded])
          .standardOutput == "1\n"
      }
      first.send(SIGKILL)
      #expect(first.waitForExit() == -SIGKILL)

      let second = try RepaydProcess(household.arguments, environment: environment)
      _ = try journal.entries(
        matching: [household.match], since: household.start - 1, count: 3, timeout: .seconds(60))
      // Stopped, and its journal written out: every notice it sent is there, a repeat included.
      second.send(SIGTERM)
      #expect(second.waitForExit() == 0, "\(second.standardError)")
      let entries = try journal.readAfterSync(matching: [household.match], since: household.start - 1)
      #expect(entries.map { $0["REPAY_STAGE"] } == ["advance", "due", "overdue"], "\(second.standardError)")
      #expect(entries.map { $0["_PID"] } == ["\(first.pid)", "\(second.pid)", "\(second.pid)"])
      household.expectOnTime(entries)
    }
  }
}
