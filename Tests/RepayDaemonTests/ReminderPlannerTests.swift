import Foundation
import RepayConfig
import RepayCore
import RepayDaemon
import RepayDelivery
import RepayStore
import Testing

/// The daemon's planner driven by a manual clock (every "now" is a value the test chooses) over a
/// real state database: nothing early, nothing twice, nothing lost, across a month asleep, the
/// clock set back, a DST day, a payment and a snooze.
struct ReminderPlannerTests {
  /// One loan in UTC due 2026-12-10 at 09:00: advance 1d, due, overdue 1d and 3d.
  private static let utcLoan = OneLoanHousehold.text()

  /// A planner over `text` with a fresh state database in `directory`; stages planned before
  /// `since` are history.
  private func planner(_ text: String, since: String, in directory: String) throws -> (
    ReminderPlanner, StateStore
  ) {
    let report = ConfigurationReader.read(
      [("repayd.toml", Array(text.utf8))], environment: [:], language: .english)
    let configuration = try #require(report.configuration, "\(report.diagnostics)")
    let store = try StateStore(directory: directory)
    let planner = ReminderPlanner(
      configuration: configuration, store: store, writer: NoticeWriter(language: .english), since: at(since))
    return (planner, store)
  }

  private func withState<Result>(_ body: (String) throws -> Result) throws -> Result {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-planner-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory.path)
  }

  /// Microseconds at an RFC 3339 instant.
  private func at(_ text: String) -> Int64 {
    Int64(ISO8601DateFormatter().date(from: text)!.timeIntervalSince1970) * 1_000_000
  }

  /// "stage offset" of each notice.
  private func listed(_ notices: [QueuedNotice]) -> [String] {
    notices.map { "\($0.key.stage.rawValue) \($0.key.offsetSeconds / 86_400)" }
  }

  /// What the delivery queue would report: every notice arrived at `now`.
  private func arrived(_ notices: [QueuedNotice], at now: Int64) -> [DeliveryOutcome] {
    notices.map {
      DeliveryOutcome(key: $0.key, planned: $0.planned, delivered: now, sinks: ["test"], failures: [])
    }
  }

  @Test(
    "nothing early; after a month asleep everything due at once and once; nothing again with the clock set back"
  )
  func monthAsleepAndClockSetBack() throws {
    try withState { directory in
      let (planner, _) = try planner(Self.utcLoan, since: "2026-12-01T00:00:00Z", in: directory)
      #expect(try planner.plan(now: at("2026-12-08T00:00:00Z")).isEmpty)
      #expect(planner.nextWake == at("2026-12-09T09:00:00Z"))
      // A wake-up a microsecond early (a timer's leeway) returns nothing.
      #expect(try planner.wake(now: at("2026-12-09T09:00:00Z") - 1).isEmpty)
      let advance = try planner.wake(now: at("2026-12-09T09:00:00Z"))
      #expect(listed(advance) == ["advance 1"])
      try planner.record(arrived(advance, at: at("2026-12-09T09:00:00Z")))

      // Asleep until January: the due and both overdue notices at once, in order, once.
      let woken = at("2027-01-10T00:00:00Z")
      let caughtUp = try planner.wake(now: woken)
      #expect(listed(caughtUp) == ["due 0", "overdue 1", "overdue 3"])
      #expect(try planner.wake(now: woken + 1_000_000).isEmpty)
      try planner.record(arrived(caughtUp, at: woken))
      #expect(try planner.plan(now: woken).isEmpty)

      // The clock set back before all of them: nothing is planned again.
      #expect(try planner.plan(now: at("2026-12-09T12:00:00Z")).isEmpty)
      #expect(planner.pendingCount == 0)
      #expect(planner.nextWake == at("2026-12-09T12:00:00Z") + ReminderPlanner.replanInterval)
    }
  }

  @Test("nothing lost: a notice that no sink took is offered again by the next plan; one in flight is not")
  func nothingLost() throws {
    try withState { directory in
      let (planner, _) = try planner(Self.utcLoan, since: "2026-12-01T00:00:00Z", in: directory)
      let now = at("2026-12-10T10:00:00Z")
      let due = try planner.plan(now: now)
      #expect(listed(due) == ["advance 1", "due 0"])
      // In flight (handed to the queue, not yet reported): a new plan does not queue them twice.
      #expect(try planner.plan(now: now).isEmpty)
      let failed = due.map {
        DeliveryOutcome(
          key: $0.key, planned: $0.planned, delivered: now, sinks: [],
          failures: [SinkFailure(sink: "journal", error: "gone")])
      }
      try planner.record(failed)
      #expect(listed(try planner.plan(now: now + 1_000_000)) == ["advance 1", "due 0"])
    }
  }

  @Test(
    "an agreement: the superseded instalment's stages drop; the agreed one's are planned, its amount in the notice"
  )
  func agreement() throws {
    try withState { directory in
      let (planner, store) = try planner(Self.utcLoan, since: "2026-12-01T00:00:00Z", in: directory)
      let now = at("2026-12-11T10:00:00Z")
      #expect(listed(try planner.plan(now: now)) == ["advance 1", "due 0", "overdue 1"])
      #expect(planner.nextWake == at("2026-12-13T09:00:00Z"))
      let yuan = Currency(code: "CNY")!
      let agreed = LocalDate(parsing: "2026-12-20")!
      _ = try store.addAgreement(
        LoanAgreement(
          id: 0, loan: "huabei", kind: .extension, createdAt: now, note: "to the 20th",
          total: Money(minorUnits: 126_000, currency: yuan), supersedes: [LocalDate(parsing: "2026-12-10")!],
          occurrences: [AgreedInstalment(due: agreed, amount: Money(minorUnits: 126_000, currency: yuan))]))
      // The overdue notice of the 13th is gone; the agreed occurrence's advance comes on the 19th.
      #expect(try planner.plan(now: now + 1_000_000).isEmpty)
      #expect(planner.nextWake == at("2026-12-19T09:00:00Z"))
      #expect(planner.pendingCount == 4)
      let advance = try planner.wake(now: at("2026-12-19T09:00:00Z"))
      #expect(advance.map { "\($0.key.date) \($0.key.stage.rawValue)" } == ["2026-12-20 advance"])
      #expect(advance.first?.notice.title == "花呗 ¥1,260.00 is due tomorrow")
      // Missed: the agreed occurrence's overdue notice says the agreement is broken.
      let overdue = try planner.wake(now: at("2026-12-21T09:00:00Z"))
      #expect(
        overdue.map(\.notice.title) == [
          "花呗 ¥1,260.00 is due today", "花呗 ¥1,260.00 is 1 day overdue: agreement 1 is broken",
        ])
    }
  }

  @Test("a payment in full drops the instalment's stages; a snooze holds them until it ends")
  func paymentAndSnooze() throws {
    try withState { directory in
      let (planner, store) = try planner(Self.utcLoan, since: "2026-12-01T00:00:00Z", in: directory)
      let now = at("2026-12-08T00:00:00Z")
      _ = try store.snooze(loan: "huabei", until: at("2026-12-12T00:00:00Z"), createdAt: now)
      #expect(try planner.plan(now: now).isEmpty)
      // Advance, due and the first overdue notice wait for the snooze, then come together.
      #expect(planner.nextWake == at("2026-12-12T00:00:00Z"))
      #expect(
        listed(try planner.wake(now: at("2026-12-12T00:00:00Z"))) == ["advance 1", "due 0", "overdue 1"])

      let yuan = Currency(code: "CNY")!
      _ = try store.recordPayment(
        loan: "huabei", occurrence: LocalDate(parsing: "2026-12-10")!,
        amount: Money(minorUnits: 125_000, currency: yuan),
        paidOn: LocalDate(parsing: "2026-12-12")!, note: nil, recordedAt: now)
      #expect(try planner.plan(now: at("2026-12-12T00:00:01Z")).isEmpty)
      #expect(planner.pendingCount == 0)
    }
  }

  @Test("a DST day: 02:30 in Berlin on 29 March 2026 fires at 03:00 CEST, not a second earlier")
  func daylightSavingDay() throws {
    let text = """
      [daemon]
      timezone = "Europe/Berlin"
      [reminders]
      at = "02:30"
      before = []
      overdue = []
      [[loan]]
      id = "spring"
      name = "Spring"
      amount = "10.00"
      currency = "EUR"
      due = { dates = [2026-03-29] }
      business_day = "none"
      """
    try withState { directory in
      let (planner, _) = try planner(text, since: "2026-03-01T00:00:00Z", in: directory)
      #expect(try planner.plan(now: at("2026-03-29T00:00:00Z")).isEmpty)
      #expect(planner.nextWake == at("2026-03-29T01:00:00Z"))
      #expect(try planner.wake(now: at("2026-03-29T00:59:59Z")).isEmpty)
      #expect(listed(try planner.wake(now: at("2026-03-29T01:00:00Z"))) == ["due 0"])
    }
  }

  @Test(
    "a restart after a month away catches up from where the last run left off; after more than a year, not")
  func restartAfterAMonth() throws {
    try withState { directory in
      let (first, store) = try planner(Self.utcLoan, since: "2026-12-01T00:00:00Z", in: directory)
      #expect(try first.plan(now: at("2026-12-08T00:00:00Z")).isEmpty)
      let advance = try first.wake(now: at("2026-12-09T09:00:00Z"))
      try first.record(arrived(advance, at: at("2026-12-09T09:00:00Z")))
      #expect(try store.instant(.handledThrough) == at("2026-12-09T09:00:00Z"))
      try store.close()

      // A new process on the same state a month later.
      let (second, _) = try planner(Self.utcLoan, since: "2026-12-01T00:00:00Z", in: directory)
      #expect(
        listed(try second.plan(now: at("2027-01-12T00:00:00Z"))) == ["due 0", "overdue 1", "overdue 3"])
    }
    try withState { directory in
      let (first, store) = try planner(Self.utcLoan, since: "2026-12-01T00:00:00Z", in: directory)
      #expect(try first.plan(now: at("2026-12-08T00:00:00Z")).isEmpty)
      try store.close()
      let (second, _) = try planner(Self.utcLoan, since: "2026-12-01T00:00:00Z", in: directory)
      #expect(try second.plan(now: at("2028-01-12T00:00:00Z")).isEmpty)
    }
  }

  @Test(
    "a first start with an instalment overdue: its current stage at once, recorded, and not again after a restart"
  )
  func firstStartOverdue() throws {
    try withState { directory in
      let now = at("2026-12-15T12:00:00Z")
      let (first, store) = try planner(Self.utcLoan, since: "2026-12-15T12:00:00Z", in: directory)
      let due = try first.plan(now: now)
      #expect(listed(due) == ["overdue 3"])
      #expect(due.first?.planned == at("2026-12-13T09:00:00Z"))
      try first.record(arrived(due, at: now))
      #expect(try store.deliveries().map(\.record.key) == due.map(\.key))
      try store.close()

      // A new process on the same state: nothing again.
      let (second, _) = try planner(Self.utcLoan, since: "2026-12-15T12:00:00Z", in: directory)
      #expect(try second.plan(now: now + 3_600_000_000).isEmpty)
    }
  }

  @Test("a long advance offset: the plan reaches far enough ahead that its notice is on time")
  func longAdvanceOffset() throws {
    // Sixty days' notice of a due date in February: the advance notice is on 10 December.
    let text = Self.utcLoan.replacing("before = [\"1d\"]", with: "before = [\"60d\"]")
      .replacing("2026-12-10", with: "2027-02-08")
    try withState { directory in
      let (planner, _) = try planner(text, since: "2026-11-01T00:00:00Z", in: directory)
      #expect(try planner.plan(now: at("2026-12-01T00:00:00Z")).isEmpty)
      #expect(planner.nextWake == at("2026-12-10T09:00:00Z"))
      #expect(listed(try planner.wake(now: at("2026-12-10T09:00:00Z"))) == ["advance 60"])
    }
  }
}
