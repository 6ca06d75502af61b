import Foundation
import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// Which notices are still to deliver at a given "now": nothing early, nothing lost, nothing
/// twice; catch-up after a stop, a month of sleep, or the clock set back; settled instalments,
/// snoozes and quiet hours. The configuration goes through the real reader.
@Suite("agenda")
struct AgendaTests {
  /// One loan in UTC due 2026-12-10 at 09:00: advance 3d and 1d, due, overdue 1d and 3d; quiet
  /// hours 22:00-08:00; and a reminder every day at 23:00 (inside the quiet hours, so that it
  /// fires at 08:00 the next morning), planned for the mornings of 8 and 9 December. Its keys
  /// name its 23:00 (82,800 s into the day before), not the 08:00 it fires at.
  private static let text = """
    [daemon]
    timezone = "UTC"
    quiet_hours = "22:00-08:00"
    [reminders]
    at = "09:00"
    before = ["3d", "1d"]
    overdue = ["1d", "3d"]
    [[loan]]
    id = "huabei"
    name = "花呗"
    amount = "1250.00"
    currency = "CNY"
    due = { dates = [2026-12-10] }
    business_day = "none"
    [[reminder]]
    id = "budget"
    calendar = "*-*-* 23:00"
    message = "预算复盘"
    """

  private let configuration: Configuration
  private let window: ScheduleWindow
  private let reminders: [ScheduledReminder]

  init() throws {
    configuration = try Self.read(Self.text)
    let schedule = RepaymentSchedule(configuration: configuration)
    window = schedule.occurrences(from: LocalDate(parsing: "2026-11-01")!, days: 60)
    reminders = schedule.reminders(from: LocalDate(parsing: "2026-12-08")!, days: 2)
  }

  /// The configuration `text` gives, through the real reader.
  private static func read(_ text: String) throws -> Configuration {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("repayd.toml", text)
    return try #require(fixture.read("repayd.toml").configuration)
  }

  /// Microseconds at an RFC 3339 instant in UTC.
  private func at(_ text: String) -> Int64 {
    let formatter = ISO8601DateFormatter()
    return Int64(formatter.date(from: text)!.timeIntervalSince1970) * 1_000_000
  }

  private func plan(now: String, history: DeliveryHistory) -> Agenda {
    Agenda(
      window: window, reminders: reminders, history: history, now: at(now), zone: configuration.zone,
      quietHours: configuration.quietHours)
  }

  /// `items` by deadline, then planned instant, then key: the order the timeline gives them in.
  private func byDeadline(_ items: [AgendaItem]) -> [AgendaItem] {
    items.sorted { ($0.deadline, $0.planned, $0.key) < ($1.deadline, $1.planned, $1.key) }
  }

  /// "stage offset deadline" for each item of a list, offsets as the store keys them.
  private func listed(_ items: [AgendaItem]) -> [String] {
    items.map {
      "\($0.key.subject.id) \($0.key.stage.rawValue) \($0.key.offsetSeconds) \(InstantText.format(microseconds: $0.deadline))"
    }
  }

  private func history(
    since: String, delivered: [DeliveryKey] = [], paid: Int64 = 0, snoozedUntil: String? = nil
  )
    -> DeliveryHistory
  {
    DeliveryHistory(
      delivered: Set(delivered),
      paid: [OccurrenceID(loan: "huabei", due: LocalDate(parsing: "2026-12-10")!): paid],
      snoozedUntil: snoozedUntil.map { ["huabei": at($0)] } ?? [:], since: at(since))
  }

  private func key(_ stage: Stage, _ offsetDays: Int64) -> DeliveryKey {
    DeliveryKey(
      subject: .loan("huabei"), date: LocalDate(parsing: "2026-12-10")!, stage: stage,
      offsetSeconds: offsetDays * 86_400)
  }

  @Test("nothing early: a notice one second ahead waits for its instant")
  func nothingEarly() {
    let agenda = plan(now: "2026-12-07T08:59:59Z", history: history(since: "2026-12-01T00:00:00Z"))
    #expect(agenda.due.isEmpty)
    #expect(
      listed(byDeadline(agenda.ahead))
        == [
          "huabei advance 259200 2026-12-07T09:00:00Z", "budget reminder 82800 2026-12-08T08:00:00Z",
          "huabei advance 86400 2026-12-09T09:00:00Z", "budget reminder 82800 2026-12-09T08:00:00Z",
          "huabei due 0 2026-12-10T09:00:00Z", "huabei overdue 86400 2026-12-11T09:00:00Z",
          "huabei overdue 259200 2026-12-13T09:00:00Z",
        ].sorted { $0.suffix(20) < $1.suffix(20) })
    // At the instant itself it is due.
    let onTime = plan(now: "2026-12-07T09:00:00Z", history: history(since: "2026-12-01T00:00:00Z"))
    #expect(listed(onTime.due) == ["huabei advance 259200 2026-12-07T09:00:00Z"])
  }

  @Test(
    "before the first start: what was planned then is not caught up one by one, but an instalment's current stage is, once"
  )
  func beforeFirstStart() {
    // Started at noon on the due day: the advance notices are history; the due notice of 09:00 is
    // where the instalment stands, and comes at once.
    let agenda = plan(now: "2026-12-10T12:00:00Z", history: history(since: "2026-12-10T11:00:00Z"))
    #expect(listed(agenda.due) == ["huabei due 0 2026-12-10T12:00:00Z"])
    #expect(byDeadline(agenda.ahead).map(\.key.stage) == [.overdue, .overdue])
  }

  @Test(
    "a first start with an instalment already overdue: one notice of its current overdue stage at once, none of the earlier ones"
  )
  func firstStartOverdue() {
    // Started on the 15th, five days after the due date: overdue 3d (the 13th) is current.
    let first = plan(now: "2026-12-15T12:00:00Z", history: history(since: "2026-12-15T12:00:00Z"))
    #expect(listed(first.due) == ["huabei overdue 259200 2026-12-15T12:00:00Z"])
    #expect(first.due.first?.planned == at("2026-12-13T09:00:00Z"))
    #expect(byDeadline(first.ahead).isEmpty)
    // Recorded, it is not delivered again; nor is any earlier stage.
    let again = plan(
      now: "2026-12-15T12:00:01Z",
      history: history(since: "2026-12-15T12:00:00Z", delivered: [key(.overdue, 3)]))
    #expect(again.due.isEmpty && again.ahead.isEmpty)
    // At night too, since an overdue notice does not wait for quiet hours.
    let night = plan(now: "2026-12-15T23:00:00Z", history: history(since: "2026-12-15T23:00:00Z"))
    #expect(listed(night.due) == ["huabei overdue 259200 2026-12-15T23:00:00Z"])
  }

  @Test(
    "the current stage at a first start: due in the morning when started in the quiet hours of the due night; nothing when settled; after a snooze when snoozed; nothing before the due date"
  )
  func firstStartCurrentStageRules() {
    let night = plan(now: "2026-12-10T23:00:00Z", history: history(since: "2026-12-10T23:00:00Z"))
    #expect(night.due.isEmpty)
    #expect(
      listed(byDeadline(night.ahead)) == [
        "huabei due 0 2026-12-11T08:00:00Z", "huabei overdue 86400 2026-12-11T09:00:00Z",
        "huabei overdue 259200 2026-12-13T09:00:00Z",
      ])
    let settled = plan(
      now: "2026-12-15T12:00:00Z", history: history(since: "2026-12-15T12:00:00Z", paid: 125_000))
    #expect(settled.due.isEmpty && settled.ahead.isEmpty)
    let snoozed = plan(
      now: "2026-12-15T12:00:00Z",
      history: history(since: "2026-12-15T12:00:00Z", snoozedUntil: "2026-12-16T12:00:00Z"))
    #expect(snoozed.due.isEmpty)
    #expect(listed(byDeadline(snoozed.ahead)) == ["huabei overdue 259200 2026-12-16T12:00:00Z"])
    // Before the due date only advance notices have passed: nothing is due or overdue yet.
    let early = plan(now: "2026-12-09T12:00:00Z", history: history(since: "2026-12-09T12:00:00Z"))
    #expect(early.due.isEmpty)
    #expect(byDeadline(early.ahead).map(\.key.stage) == [.due, .overdue, .overdue])
  }

  @Test(
    "beyond the catch-up's reach: notices planned more than 366 days ago are not caught up one by one; the current stage is, once"
  )
  func beyondTheReach() {
    // Stopped since before the due date, back a year and a day after overdue 1d: only overdue 3d,
    // within the reach, is caught up.
    let within = plan(now: "2027-12-12T12:00:00Z", history: history(since: "2026-12-01T00:00:00Z"))
    #expect(listed(within.due) == ["huabei overdue 259200 2027-12-12T12:00:00Z"])
    // Back after every stage left the reach: the current stage, overdue 3d, alone.
    let beyond = plan(now: "2027-12-14T12:00:00Z", history: history(since: "2026-12-01T00:00:00Z"))
    #expect(listed(beyond.due) == ["huabei overdue 259200 2027-12-14T12:00:00Z"])
    #expect(beyond.ahead.isEmpty)
  }

  @Test("a month asleep: everything planned meanwhile is due at once, each once, in planned order")
  func monthAsleep() {
    let agenda = plan(now: "2027-01-06T12:00:00Z", history: history(since: "2026-12-01T00:00:00Z"))
    #expect(
      listed(agenda.due) == [
        "huabei advance 259200 2027-01-06T12:00:00Z", "budget reminder 82800 2027-01-06T12:00:00Z",
        "budget reminder 82800 2027-01-06T12:00:00Z", "huabei advance 86400 2027-01-06T12:00:00Z",
        "huabei due 0 2027-01-06T12:00:00Z", "huabei overdue 86400 2027-01-06T12:00:00Z",
        "huabei overdue 259200 2027-01-06T12:00:00Z",
      ])
    #expect(Set(agenda.due.map(\.key)).count == agenda.due.count)
    #expect(byDeadline(agenda.ahead).isEmpty)
  }

  @Test("nothing twice: delivered keys stay delivered, also when the clock is set back before them")
  func nothingTwice() {
    let delivered = [key(.advance, 3), key(.advance, 1), key(.due, 0)]
    let after = plan(
      now: "2026-12-10T10:00:00Z", history: history(since: "2026-12-01T00:00:00Z", delivered: delivered))
    #expect(after.due.map(\.key.stage) == [.reminder, .reminder])
    #expect(byDeadline(after.ahead).map(\.key) == [key(.overdue, 1), key(.overdue, 3)])
    // The clock set back two days: the delivered ones are not planned again.
    let back = plan(
      now: "2026-12-08T10:00:00Z", history: history(since: "2026-12-01T00:00:00Z", delivered: delivered))
    #expect(back.due.map(\.key.stage) == [.reminder])
    #expect(byDeadline(back.ahead).map(\.key.stage) == [.reminder, .overdue, .overdue])
  }

  @Test("a settled instalment's stages are dropped; a partial payment leaves them")
  func settled() {
    let paidInFull = plan(
      now: "2026-12-10T10:00:00Z", history: history(since: "2026-12-01T00:00:00Z", paid: 125_000))
    #expect(paidInFull.due.allSatisfy { $0.key.stage == .reminder })
    #expect(byDeadline(paidInFull.ahead).isEmpty)
    let partly = plan(
      now: "2026-12-10T10:00:00Z", history: history(since: "2026-12-01T00:00:00Z", paid: 124_999))
    #expect(byDeadline(partly.ahead).map(\.key) == [key(.overdue, 1), key(.overdue, 3)])
  }

  @Test(
    "a snooze holds the loan's notices until it ends, then delivers them once; quiet hours still hold advance and due"
  )
  func snooze() {
    // Snoozed until 12 December 23:30, inside the quiet hours: overdue (critical) goes at 23:30,
    // the advance and due notices wait until 08:00 on the 13th.
    let snoozed = plan(
      now: "2026-12-10T10:00:00Z",
      history: history(since: "2026-12-01T00:00:00Z", snoozedUntil: "2026-12-12T23:30:00Z"))
    #expect(
      listed(byDeadline(snoozed.ahead).filter { $0.key.subject == .loan("huabei") }) == [
        "huabei overdue 86400 2026-12-12T23:30:00Z", "huabei advance 259200 2026-12-13T08:00:00Z",
        "huabei advance 86400 2026-12-13T08:00:00Z", "huabei due 0 2026-12-13T08:00:00Z",
        "huabei overdue 259200 2026-12-13T09:00:00Z",
      ])
    // Once the snooze has ended, what it held is due, once.
    let ended = plan(
      now: "2026-12-13T08:00:00Z",
      history: history(since: "2026-12-01T00:00:00Z", snoozedUntil: "2026-12-12T23:30:00Z"))
    #expect(
      ended.due.filter { $0.key.subject == .loan("huabei") }.map(\.key.stage) == [
        .advance, .advance, .due, .overdue,
      ])
  }

  @Test(
    "the timeline gives back every item ahead whole (key, source, planned instant, deadline): those at their planned instant and those a snooze or quiet hours hold back"
  )
  func timelineKeepsItemsWhole() {
    let keys = NoticeKeys(loans: configuration.loans, reminders: reminders, zone: configuration.zone)
    for snoozedUntil in [nil, "2026-12-12T23:30:00Z"] {
      let now = at("2026-12-10T10:00:00Z")
      let agenda = plan(
        now: "2026-12-10T10:00:00Z",
        history: history(since: "2026-12-01T00:00:00Z", snoozedUntil: snoozedUntil))
      #expect(agenda.ahead.contains { $0.deadline != $0.planned } == (snoozedUntil != nil))
      var timeline = DeliveryTimeline(ahead: agenda.ahead, keys: keys, now: now)
      let expired = timeline.expire(at: at("2027-01-31T00:00:00Z"))
      let expected = byDeadline(agenda.ahead)
      #expect(expired.count == expected.count && !expected.isEmpty)
      for (got, want) in zip(
        expired.sorted { ($0.deadline, $0.planned, $0.key) < ($1.deadline, $1.planned, $1.key) }, expected)
      {
        #expect(got == want)
      }
    }
  }

  @Test(
    "a catch-up during quiet hours: overdue now, advance, due and reminders at the end of the quiet hours")
  func catchUpInQuietHours() {
    let agenda = plan(now: "2026-12-12T02:00:00Z", history: history(since: "2026-12-01T00:00:00Z"))
    #expect(listed(agenda.due) == ["huabei overdue 86400 2026-12-12T02:00:00Z"])
    #expect(
      listed(byDeadline(agenda.ahead)) == [
        "huabei advance 259200 2026-12-12T08:00:00Z", "budget reminder 82800 2026-12-12T08:00:00Z",
        "budget reminder 82800 2026-12-12T08:00:00Z", "huabei advance 86400 2026-12-12T08:00:00Z",
        "huabei due 0 2026-12-12T08:00:00Z", "huabei overdue 259200 2026-12-13T09:00:00Z",
      ])
  }

  @Test(
    "a reminder is named by its calendar's instant: quiet hours changed after it fired do not fire it again")
  func reminderKeyIgnoresQuietHours() throws {
    // Held back by the quiet hours, the firing of 7 December 23:00 went out at 08:00 on the 8th.
    let keys = NoticeKeys(window: window, reminders: reminders, zone: configuration.zone)
    let fired = try #require(reminders.first)
    #expect(fired.instant == at("2026-12-08T08:00:00Z") && fired.nominal == at("2026-12-07T23:00:00Z"))
    let delivered = keys.key(of: .reminder(0))
    #expect(
      delivered
        == DeliveryKey(
          subject: .reminder("budget"), date: LocalDate(parsing: "2026-12-07")!, stage: .reminder,
          offsetSeconds: 82_800)
    )

    // The quiet hours gone: the same firing is planned at 23:00 on the 7th, and is not due again.
    let loud = try Self.read(Self.text.replacing("quiet_hours = \"22:00-08:00\"\n", with: ""))
    let loudReminders = RepaymentSchedule(configuration: loud).reminders(
      from: LocalDate(parsing: "2026-12-07")!, days: 2)
    #expect(loudReminders.map(\.instant) == [at("2026-12-07T23:00:00Z"), at("2026-12-08T23:00:00Z")])
    let agenda = Agenda(
      window: window, reminders: loudReminders,
      history: history(since: "2026-12-01T00:00:00Z", delivered: [delivered]),
      now: at("2026-12-08T09:00:00Z"),
      zone: loud.zone, quietHours: nil)
    #expect(agenda.due.filter { $0.key.stage == .reminder }.isEmpty)
    #expect(
      listed(agenda.ahead.filter { $0.key.stage == .reminder }) == [
        "budget reminder 82800 2026-12-08T23:00:00Z"
      ])
  }

  @Test("two firings that quiet hours move to the same morning stay two notices")
  func firingsMovedTogether() throws {
    let twice = try Self.read(Self.text.replacing("*-*-* 23:00", with: "*-*-* 23,05:00"))
    let firings = RepaymentSchedule(configuration: twice).reminders(
      from: LocalDate(parsing: "2026-12-08")!, days: 1)
    #expect(firings.map(\.instant) == [at("2026-12-08T08:00:00Z"), at("2026-12-08T08:00:00Z")])
    let keys = NoticeKeys(window: window, reminders: firings, zone: twice.zone)
    #expect(Set(firings.indices.map { keys.key(of: .reminder($0)) }).count == 2)
  }
}
