import Foundation
import RepayConfig
import RepayCore
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// One definition of days overdue on the real binaries (docs/config.md, "Days overdue and the
/// penalty"): for the same occurrence, the real daemon's journal entry (`REPAY_DAYS_OVERDUE`),
/// the hook's environment, and what `repayctl loans --json`, `show --json` and `status --json`
/// answer afterwards agree, for an overdue stage that fires on the due date in the demo's
/// compressed time (0 days: due today) and for one a day after it (1 day, with its penalty).
@Suite(.serialized)
struct DaemonDaysOverdueTests {
  @Test(
    "REPAY_DAYS_OVERDUE, the hook's environment, loans, show and status agree: 0 on the due date, 1 the day after"
  )
  func oneDefinition() throws {
    // repayd starts on a household of no loans, and the one of this test is placed and read
    // (SIGHUP) once it is ready: every stage then lies after its first start, so that a slow
    // start on a loaded machine delays the notices (a catch-up) and never drops them.
    let base = try PlacedHousehold()
    defer { base.remove() }
    let runtime = try base.makeRuntimeDirectory()
    try "[daemon]\ntimezone = \"\(PlacedHousehold.zoneName)\"\n".write(
      toFile: base.configPath, atomically: true, encoding: .utf8)
    let notify = try NotifySocket()
    defer { notify.close() }
    try JournaldFixture.withJournald { journal in
      let daemon = try RepaydProcess(
        base.arguments,
        environment: ["TZ": PlacedHousehold.zoneName, "XDG_RUNTIME_DIR": runtime].merging(notify.environment)
        {
          $1
        })
      defer {
        daemon.send(SIGTERM)
        _ = daemon.waitForExit()
      }
      #expect(notify.receive(count: 2, timeout: .seconds(30)).contains("READY=1"), "\(daemon.standardError)")
      let household = try PlacedHousehold()
      defer { household.remove() }
      let zone = try SystemTimeZone.rules(for: PlacedHousehold.zoneName, environment: [:])
      // The demo's first loan is due 20 s after the placing, its overdue stage 15 s later, on
      // its due date. "late" fell due the day before, unpaid: its `1d` overdue stage fires at
      // the same moment as the first loan's due stage, 1 day overdue.
      let (dueDate, dueTime) = zone.localTime(at: household.start + DemoHousehold.firstDueDelay)
      let late = "late-\(UInt32.random(in: 0...UInt32.max))"
      let ran = household.folder + "/hook-ran"
      // weilidai, 5 days overdue, would announce itself at once when the reload brings it in (a
      // loan's notice of the stage it stands at): paid through yesterday, so that the journal
      // and the hook hear of these two loans alone.
      let configuration =
        PlacedHousehold.weilidaiPaid(
          through: dueDate.advanced(by: -1),
          in: try String(contentsOfFile: household.configPath, encoding: .utf8))
          + """

          [[loan]]
          id = "\(late)"
          name = "Late"
          platform = "Bank"
          amount = "1250.00"
          currency = "CNY"
          due = { dates = [\(dueDate.advanced(by: -1))] }
          business_day = "none"
          penalty = { daily_rate = "0.0005" }
          reminders = { at = "\(dueTime)", before = [], due = false, overdue = ["1d"] }

          [[hook]]
          on = ["overdue"]
          exec = ["/bin/sh", "-c", "echo \\"$REPAY_LOAN $REPAY_DAYS_OVERDUE\\" >> \(ran)"]

          """
      try configuration.write(toFile: base.configPath, atomically: true, encoding: .utf8)
      daemon.send(SIGHUP)
      #expect(notify.receive(count: 3, timeout: .seconds(30)).contains("READY=1"), "\(daemon.standardError)")
      let entries = try journal.entries(
        matching: ["_PID=\(daemon.pid)", "REPAY_STAGE=overdue"], since: household.start - 1, count: 2,
        timeout: .seconds(60))
      try #require(entries.count == 2, "\(entries.map { $0["MESSAGE"] ?? "" }) \(daemon.standardError)")
      try Polling.until("the hook ran for both") {
        ((try? String(contentsOfFile: ran, encoding: .utf8)) ?? "").split(separator: "\n").count >= 2
      }
      let notified = Dictionary(
        uniqueKeysWithValues: entries.map { ($0["REPAY_LOAN"]!, Int($0["REPAY_DAYS_OVERDUE"] ?? "") ?? -1) })
      #expect(notified == [late: 1, household.loan: 0], "\(entries.map { $0["MESSAGE"] ?? "" })")
      let hooked = Dictionary(
        uniqueKeysWithValues: try String(contentsOfFile: ran, encoding: .utf8).split(separator: "\n").map {
          let parts = $0.split(separator: " ")
          return (String(parts[0]), Int(parts[1]) ?? -1)
        })
      #expect(hooked == notified)
      let penalty = try #require(entries.first { $0["REPAY_LOAN"] == late }?["MESSAGE"])
      #expect(penalty.contains("is 1 day overdue") && penalty.contains("penalty so far ¥0.63, ¥0.63 a day"))
      let early = try #require(entries.first { $0["REPAY_LOAN"] == household.loan }?["MESSAGE"])
      #expect(
        early.contains("still unpaid; overdue from \(dueDate.advanced(by: 1))") && early.contains("0 days"))

      // repayctl, asked afterwards. Should local midnight have passed since the notices, every
      // count has grown by the days passed, both loans being unpaid and at least on their due date.
      let repayctl = RepayctlRunner(address: "unix:" + runtime + "/repayd/control.sock")
      let loans = try #require(try repayctl.json(["loans"])["loans"] as? [[String: Any]])
      let passed = dueDate.distance(to: zone.localDate(at: Int64(Date().timeIntervalSince1970)))
      for (loan, days) in notified {
        let summary = try #require(loans.first { $0["id"] as? String == loan })
        #expect(summary["days_overdue"] as? Int == days + passed, "\(loan): \(summary)")
        let shown = try repayctl.json(["show", loan])
        let occurrences = try #require(shown["occurrences"] as? [[String: Any]])
        let occurrence = try #require(occurrences.first { $0["status"] as? String != "settled" })
        #expect((occurrence["days_overdue"] as? Int ?? 0) == days + passed, "\(loan): \(occurrence)")
        #expect(occurrence["status"] as? String == (days + passed > 0 ? "overdue" : "due"), "\(occurrence)")
      }
      // The status counts as overdue exactly the occurrences with a day overdue (the demo's own
      // weilidai is paid through yesterday here).
      let status = try repayctl.json(["status"])
      #expect(status["overdue_count"] as? Int == (passed > 0 ? 2 : 1), "\(status)")
    }
  }
}
