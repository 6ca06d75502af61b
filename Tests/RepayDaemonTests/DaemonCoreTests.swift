import ControlInterface
import Foundation
import RepayConfig
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore
import RepayTestSupport
import Synchronization
import Testing

@testable import RepayDaemon

/// Every event the daemon's state owner handles, fed to `DaemonCore` with a reading of the clock
/// the test chooses, over a real state database: what it asks its runner to do, in order. The
/// household (`DaemonCoreFixture`): one loan due 2026-12-10 at 09:00 UTC, stages one day ahead,
/// on the day, one and three days after, and a calendar feed.
struct DaemonCoreTests {
  private typealias Fixture = DaemonCoreFixture

  /// systemd's status line for the household's next notice, and how many are ahead.
  private static func status(_ next: String, _ title: String, ahead: Int) -> String {
    "notify STATUS=next \(next): \(title) (\(ahead) ahead)"
  }

  @Test("the start plans, arms the timer at the first notice, tells systemd, writes the feed")
  func start() throws {
    let fixture = try Fixture()
    let actions = fixture.start(at: "2026-12-08T00:00:00Z")
    #expect(
      actions == [
        "arm 2026-12-09T09:00:00Z",
        Self.status("2026-12-09 09:00", "花呗 ¥1,250.00 is due tomorrow", ahead: 4),
        "release memory",
        "log info: planned: 4 notice(s) ahead",
        "feed start 1",
      ])
  }

  @Test("a start that cannot write its state logs it as critical and fails")
  func startFails() throws {
    let fixture = try Fixture(busyTimeout: .milliseconds(100))
    // Another process holds the state's write lock: the first plan cannot record where it got to.
    let lock = try LockHoldingProcess(path: fixture.store.path)
    defer { lock.release() }
    let actions = fixture.start(at: "2026-12-08T00:00:00Z")
    #expect(actions.count == 2)
    #expect(actions.first?.hasPrefix("log critical: cannot plan: ") == true, "\(actions)")
    #expect(actions.last == "fail")
  }

  @Test("the timer's wake-up hands over what is due and arms the timer at the next notice")
  func wake() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    // A wake-up a microsecond early (a timer's leeway) hands over nothing.
    #expect(
      fixture.core.handle(.wake, at: ClockReading(now: Fixture.at("2026-12-09T09:00:00Z") - 1, monotonic: 0))
        .map(Fixture.describe).contains { $0.hasPrefix("deliver") } == false)
    #expect(
      fixture.handle(.wake, at: "2026-12-09T09:00:00Z") == [
        "take down status",
        "log info: delivering 1 notice(s)",
        "deliver huabei 2026-12-10 advance",
        "arm 2026-12-10T09:00:00Z",
        Self.status("2026-12-10 09:00", "花呗 ¥1,250.00 is due today", ahead: 3),
      ])
  }

  @Test("the clock set forward: what came due goes out once; set back: nothing goes out again")
  func clockSetForwardAndBack() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let forward = fixture.actions(.clockChanged, at: "2026-12-11T10:00:00Z")
    let handed = Fixture.delivered(forward)
    // Every stage that came due in the jump goes out (the sinks fold a catch-up), each once.
    #expect(
      handed.map { "\($0.key.stage.rawValue) \($0.key.offsetSeconds / 86_400)" } == [
        "advance 1", "due 0", "overdue 1",
      ])
    #expect(
      forward.map(Fixture.describe).last == "log info: the clock was set; planned again: 1 notice(s) ahead")
    #expect(
      fixture.handle(
        .delivered(Fixture.outcomes(handed, at: "2026-12-11T10:00:00Z")), at: "2026-12-11T10:00:01Z"
      ).contains("publish delivery"))

    let back = fixture.handle(.clockChanged, at: "2026-12-09T10:00:00Z")
    #expect(!back.contains { $0.hasPrefix("deliver") }, "\(back)")
    #expect(back.last == "log info: the clock was set; planned again: 1 notice(s) ahead")
    // Forward again past the same instant: the overdue notice is not repeated.
    let again = fixture.handle(.clockChanged, at: "2026-12-11T11:00:00Z")
    #expect(!again.contains { $0.hasPrefix("deliver") }, "\(again)")
  }

  @Test("a batch carries the writer and the catch_up_fold in force, a reload's from then on")
  func batchCarriesTheFold() throws {
    let fixture = try Fixture()
    let batches = { (actions: [DaemonAction]) -> [DeliveryBatch] in
      actions.compactMap { if case .deliver(let batch) = $0 { batch } else { nil } }
    }
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let before = batches(fixture.actions(.clockChanged, at: "2026-12-09T09:00:00Z"))
    #expect(before.map(\.catchUpFold) == [3] && before.map(\.writer.language) == [.english])

    fixture.configurationText.update {
      $0 = Fixture.household(feed: fixture.feedPath, extra: "locale = \"zh-Hans\"")
        .replacingOccurrences(of: "at = \"09:00\"", with: "at = \"09:00\"\ncatch_up_fold = 0")
    }
    _ = fixture.actions(.reload, at: "2026-12-09T10:00:00Z")
    let after = batches(fixture.actions(.clockChanged, at: "2026-12-11T10:00:00Z"))
    #expect(after.map(\.catchUpFold) == [0] && after.map(\.writer.language) == [.simplifiedChinese])
    #expect(after.first?.notices.count == 2)
  }

  @Test("the system's zone changed: the configuration is read again and planned in the new zone")
  func zoneChanged() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    fixture.configurationText.update { $0 = Fixture.household(zone: "Asia/Shanghai", feed: fixture.feedPath) }
    let actions = fixture.handle(.zoneChanged, at: "2026-12-08T00:00:00Z")
    #expect(
      actions == [
        "take down status",
        "reconfigure sinks Asia/Shanghai en",
        "access [] 512",
        "publish reload",
        "feed reload 1",
        "arm 2026-12-09T01:00:00Z",
        Self.status("2026-12-09 09:00", "花呗 ¥1,250.00 is due tomorrow", ahead: 4),
        "release memory",
        "log info: the system's time zone changed; planned again: 4 notice(s) ahead",
      ])
    #expect(fixture.core.status.configuration.zone.identifier == "Asia/Shanghai")
  }

  @Test("SIGHUP with errors: RELOADING=1, each error at its place, the old configuration kept, READY=1")
  func reloadWithErrors() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let good = fixture.configurationText.value
    fixture.configurationText.update {
      $0 = good.replacingOccurrences(of: "timezone = \"UTC\"", with: "timezone = \"Mars/Olympus\"")
    }
    let actions = fixture.actions(.reload, at: "2026-12-08T01:00:00Z")
    guard case .notify(.reloading(let monotonic)) = actions.dropFirst().first else {
      Issue.record("no RELOADING=1 second: \(actions.map(Fixture.describe))")
      return
    }
    #expect(monotonic == 42_000_000)
    let described = actions.map(Fixture.describe)
    #expect(described.first == "take down status")
    #expect(described[2].hasPrefix("log error: repayd.toml:2:12: error: unknown time zone"), "\(described)")
    #expect(
      Array(described.dropFirst(3)) == [
        "log error: the new configuration has errors; the one in force stays",
        "arm 2026-12-09T09:00:00Z",
        Self.status("2026-12-09 09:00", "花呗 ¥1,250.00 is due tomorrow", ahead: 4),
        "release memory",
        "log info: configuration read again: 4 notice(s) ahead",
        "notify READY=1",
      ])
    #expect(fixture.core.status.configuration.zone.identifier == "UTC")
    #expect(fixture.core.status.lastReload?.succeeded == false)
  }

  @Test("Reload on the control socket answers the configuration now in force, or its errors")
  func reloadAsked() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let outcomes = Shared<[ReloadOutcome]>([])
    fixture.configurationText.update {
      $0 = Fixture.household(feed: fixture.feedPath, extra: "allowed_uids = [1001]\nmax_connections = 64")
    }
    let good = fixture.handle(
      .reloadAsked({ outcome in outcomes.update { $0.append(outcome) } }), at: "2026-12-08T01:00:00Z")
    #expect(good.contains("access [1001] 64"))
    #expect(good.contains("reconfigure sinks UTC en"))
    // The answer comes last, after the posted status is taken down: a client asking for the
    // status once it has the answer sees the reload.
    #expect(good.first == "take down status")
    #expect(Array(good.suffix(2)) == ["notify READY=1", "answer reload: success"])
    fixture.configurationText.update { $0 = "[daemon]\ntimezone = 3\n" }
    _ = fixture.handle(
      .reloadAsked({ outcome in outcomes.update { $0.append(outcome) } }), at: "2026-12-08T02:00:00Z")
    let answered = outcomes.value
    #expect(answered.count == 2)
    if case .success(let reply) = answered.first {
      #expect(reply.configuration.timezone == "UTC" && reply.configuration.loans == 1)
    } else {
      Issue.record("the good reload failed: \(answered)")
    }
    if case .failure(.configInvalid(let diagnostics)) = answered.last {
      #expect(diagnostics.first?.line == 2)
    } else {
      Issue.record("the bad reload did not answer its errors: \(answered)")
    }
  }

  @Test("the demo has no file: a reload says so and keeps the household")
  func demoReload() throws {
    let fixture = try Fixture(rereads: false)
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let actions = fixture.handle(.reload, at: "2026-12-08T01:00:00Z")
    #expect(actions.contains("log notice: the demo household has no configuration file to read again"))
    #expect(!actions.contains { $0.hasPrefix("reconfigure") })
    #expect(actions.last == "notify READY=1")
  }

  @Test("a delivery that partly fails: the outage is logged once, what arrived is published and recorded")
  func deliveryPartlyFails() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let advance = Fixture.delivered(fixture.actions(.wake, at: "2026-12-09T09:00:00Z"))
    let noBus = SinkFailure(sink: "desktop", error: "no session bus")
    #expect(
      fixture.handle(
        .delivered(Fixture.outcomes(advance, at: "2026-12-09T09:00:00Z", failures: [noBus])),
        at: "2026-12-09T09:00:01Z") == [
          "log notice: delivery of huabei advance failed: desktop: no session bus",
          "publish delivery",
          "arm 2026-12-10T09:00:00Z",
        ])
    // The same outage at the next notice: not logged again.
    let due = Fixture.delivered(fixture.actions(.wake, at: "2026-12-10T09:00:00Z"))
    #expect(
      fixture.handle(
        .delivered(Fixture.outcomes(due, at: "2026-12-10T09:00:00Z", failures: [noBus])),
        at: "2026-12-10T09:00:01Z") == ["publish delivery", "arm 2026-12-11T09:00:00Z"])
    // Recorded: the clock set back and forward again hands neither out again.
    let replanned = fixture.actions(.clockChanged, at: "2026-12-10T10:00:00Z")
    #expect(Fixture.delivered(replanned).isEmpty)
  }

  @Test("a notice no sink took is published to no one and tried again 30 s later")
  func deliveryFailsEverywhere() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let advance = Fixture.delivered(fixture.actions(.wake, at: "2026-12-09T09:00:00Z"))
    let actions = fixture.handle(
      .delivered(
        Fixture.outcomes(
          advance, at: "2026-12-09T09:00:00Z", sinks: [],
          failures: [SinkFailure(sink: "journal", error: "gone")])),
      at: "2026-12-09T09:00:01Z")
    #expect(
      actions == ["log notice: delivery of huabei advance failed: journal: gone", "arm 2026-12-09T09:00:30Z"])
    let retried = fixture.handle(.wake, at: "2026-12-09T09:00:30Z")
    #expect(retried.contains("deliver huabei 2026-12-10 advance"), "\(retried)")
  }

  @Test("a call never holds up a notice: one that came due while calls queued up goes out first")
  func callAfterADeadline() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let replies = Shared<[String]>([])
    let read = Fixture.call(
      replies, { desk throws(ControlError) in try desk.listLoans(Control.ListLoansRequest()) },
      change: { (_, _: Control.ListLoansReply) in nil })
    let actions = fixture.handle(.control(read), at: "2026-12-09T09:00:05Z")
    #expect(
      actions == [
        "take down status",
        "log info: delivering 1 notice(s)",
        "deliver huabei 2026-12-10 advance",
        "arm 2026-12-10T09:00:00Z",
        Self.status("2026-12-10 09:00", "花呗 ¥1,250.00 is due today", ahead: 3),
      ])
    #expect(replies.value == ["reply"])
    // Before any deadline, a call that only reads asks for nothing at all.
    #expect(fixture.handle(.control(read), at: "2026-12-09T10:00:00Z").isEmpty)
  }

  @Test(
    "a payment in full: published, the feed rewritten, its loan planned again, the settled notice handed over"
  )
  func paymentSettles() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let replies = Shared<[String]>([])
    let pay = Fixture.call(
      replies,
      { desk throws(ControlError) in
        try desk.recordPayment(Control.RecordPaymentRequest(loan: "huabei", occurrence: "2026-12-10"))
      },
      change: { desk, reply in .payment(reply, at: desk) })
    let actions = fixture.handle(.control(pay), at: "2026-12-08T12:00:00Z")
    #expect(replies.value == ["reply"])
    #expect(
      actions == [
        "publish payment",
        "feed payment 1",
        // A loan planned alone keeps the household's next whole plan, 14 days after the start's.
        "arm \(InstantText.format(microseconds: Fixture.at("2026-12-08T00:00:00Z") + ReminderPlanner.replanInterval))",
        "notify STATUS=no notice ahead",
        "log info: payment by a control call; planned again: 0 notice(s) ahead",
        "log info: delivering 1 notice(s)",
        "deliver huabei 2026-12-10 settled",
        "arm \(InstantText.format(microseconds: Fixture.at("2026-12-08T00:00:00Z") + ReminderPlanner.replanInterval))",
        "notify STATUS=no notice ahead",
      ])
  }

  @Test("a snooze: published, the loan's desktop notifications withdrawn, its notices moved")
  func snooze() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let replies = Shared<[String]>([])
    let snooze = Fixture.call(
      replies,
      { desk throws(ControlError) in try desk.snooze(Control.SnoozeRequest(loan: "huabei", duration: "2d")) },
      change: { desk, reply in .snooze(reply, at: desk) })
    let actions = fixture.handle(.control(snooze), at: "2026-12-08T12:00:00Z")
    #expect(Array(actions.prefix(3)) == ["publish snooze", "desktop withdraw huabei", "feed snooze 1"])
    // The advance notice of the 9th waits for the snooze's end, noon on the 10th.
    #expect(actions.dropFirst(3).first == "arm 2026-12-10T12:00:00Z", "\(actions)")
    #expect(actions.last == "log info: snooze by a control call; planned again: 4 notice(s) ahead")
  }

  @Test(
    "desktop buttons: Details shows the loan, Paid records a payment, a closed notification changes nothing")
  func desktopButtons() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    let occurrence = OccurrenceID(loan: "huabei", due: LocalDate(year: 2026, month: 12, day: 10)!)
    let details = fixture.handle(
      .desktopAction(DesktopAction(occurrence: occurrence, event: .invoked(.details))),
      at: "2026-12-09T10:00:00Z")
    #expect(details.count == 2 && details.first == "take down status", "\(details)")
    #expect(details.last?.hasPrefix("desktop post 花呗") == true, "\(details)")

    let closed = fixture.handle(
      .desktopAction(DesktopAction(occurrence: occurrence, event: .closed(.dismissed))),
      at: "2026-12-09T10:00:00Z")
    #expect(closed == ["take down status"])

    let gone = OccurrenceID(loan: "gone", due: LocalDate(year: 2026, month: 12, day: 10)!)
    #expect(
      fixture.handle(
        .desktopAction(DesktopAction(occurrence: gone, event: .invoked(.paid))), at: "2026-12-09T10:00:00Z")
        == [
          "take down status",
          "log warning: the desktop's paid for gone 2026-12-10 failed: io.repayd.Control.LoanNotFound",
        ])

    let paid = fixture.handle(
      .desktopAction(DesktopAction(occurrence: occurrence, event: .invoked(.paid))),
      at: "2026-12-09T10:00:00Z")
    #expect(paid.contains("publish payment") && paid.contains("deliver huabei 2026-12-10 settled"), "\(paid)")
  }

  @Test("the watchdog's ping and a quiet spell of calls each ask for one thing and leave the status up")
  func watchdogAndQuiet() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    #expect(fixture.handle(.watchdog, at: "2026-12-08T00:00:10Z") == ["notify WATCHDOG=1"])
    #expect(fixture.handle(.callsQuieted, at: "2026-12-08T00:00:11Z") == ["release memory"])
  }

  @Test(
    "a shutdown: STOPPING=1, the timer disarmed, the queue finished; after it, calls and reloads are refused")
  func shutdown() throws {
    let fixture = try Fixture()
    _ = fixture.start(at: "2026-12-08T00:00:00Z")
    #expect(
      fixture.handle(.shutdown, at: "2026-12-08T01:00:00Z") == [
        "take down status", "notify STOPPING=1", "disarm", "finish deliveries",
      ])
    // Calls that come before the queue has ended are still answered.
    let replies = Shared<[String]>([])
    let read = Fixture.call(
      replies, { desk throws(ControlError) in try desk.listLoans(Control.ListLoansRequest()) },
      change: { (_, _: Control.ListLoansReply) in nil })
    _ = fixture.handle(.control(read), at: "2026-12-08T01:00:01Z")
    #expect(fixture.handle(.deliveriesFinished, at: "2026-12-08T01:00:02Z") == ["take down status", "stop"])
    #expect(fixture.handle(.control(read), at: "2026-12-08T01:00:03Z").isEmpty)
    #expect(replies.value == ["reply", "refused"])
    let outcomes = Shared<[ReloadOutcome]>([])
    #expect(
      fixture.handle(
        .reloadAsked({ outcome in outcomes.update { $0.append(outcome) } }), at: "2026-12-08T01:00:03Z")
        == ["answer reload: failure"])
    if case .failure(let error) = outcomes.value.first {
      #expect(error == DaemonControl.stopping(in: .english))
    } else {
      Issue.record("the reload was not refused")
    }
    let occurrence = OccurrenceID(loan: "huabei", due: LocalDate(year: 2026, month: 12, day: 10)!)
    #expect(
      fixture.handle(
        .desktopAction(DesktopAction(occurrence: occurrence, event: .invoked(.paid))),
        at: "2026-12-08T01:00:04Z")
        == ["log warning: the desktop's paid for huabei 2026-12-10 came as repayd stopped"])
    // Nothing is delivered any more, even what is due.
    #expect(fixture.handle(.wake, at: "2026-12-09T09:00:00Z").isEmpty)
  }
}
