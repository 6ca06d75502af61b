import Foundation
import RepayConfig
import RepayCore
import RepayDaemon
import RepayDelivery
import RepayStore
import Testing

/// The planner with notes in the store: a promise's date and a follow-up are planned as
/// reminders naming the loan and the note, delivered once, also by a new planner (a restart).
struct ReminderPlannerNoteTests {
  /// One loan in UTC, reminding at 09:00, due long after the notes.
  private static let text = """
    [daemon]
    timezone = "UTC"
    [reminders]
    at = "09:00"
    [[loan]]
    id = "jiebei"
    name = "借呗"
    platform = "Ant"
    amount = "800.00"
    currency = "CNY"
    due = { dates = [2027-06-10] }
    business_day = "none"
    """

  private func at(_ text: String) -> Int64 { InstantText.parse(text)! }

  @Test("a promise at the loan's at, a follow-up at its time; once each, and not again after a restart")
  func notesPlanned() throws {
    let state = try PlannerState(Self.text)
    defer { state.remove() }
    let store = state.store
    let cny = Currency(code: "CNY")!
    let promise = NotePromise(
      amount: Money(minorUnits: 50_000, currency: cny), date: LocalDate(parsing: "2026-12-09")!, by: .me)
    let promised = try store.addNote(
      loan: "jiebei", at: at("2026-12-01T08:00:00Z"), channel: .phone, reference: nil, promise: promise,
      followUp: nil, text: "pay 500 on the 9th")
    let followUp = try store.addNote(
      loan: "jiebei", at: at("2026-12-01T08:00:00Z"), channel: nil, reference: nil,
      followUp: LocalDate(parsing: "2026-12-08"), followUpTime: TimeOfDay(hour: 14, minute: 30),
      text: "call back")
    func planner() -> ReminderPlanner { state.planner(since: at("2026-12-01T00:00:00Z")) }
    let first = planner()
    #expect(try first.plan(now: at("2026-12-02T00:00:00Z")).isEmpty)
    #expect(first.nextWake == at("2026-12-08T14:30:00Z"))
    let call = try first.wake(now: at("2026-12-08T14:30:00Z"))
    #expect(call.map(\.notice.title) == ["Follow up with Ant: call back"])
    #expect(call.map(\.notice.note) == [followUp.id] && call.map(\.notice.loan) == ["jiebei"])
    #expect(call.map(\.key.subject) == [.followUp(note: followUp.id)])
    try first.record(
      call.map {
        DeliveryOutcome(
          key: $0.key, planned: $0.planned, delivered: $0.planned, sinks: ["test"], failures: [])
      })
    // A restart after the promise's time: the promise is caught up, the follow-up is not repeated.
    let second = planner()
    let caught = try second.plan(now: at("2026-12-09T12:00:00Z"))
    #expect(caught.map(\.notice.title) == ["Pay what you promised: ¥500.00 to Ant today"])
    #expect(caught.map(\.notice.reminder) == ["note-\(promised.id)"])
  }

  @Test(
    "one day, one time: a note's follow-up and its promise, and another note's follow-up, are three notices, each once"
  )
  func sameDaySameTime() throws {
    let state = try PlannerState(Self.text)
    defer { state.remove() }
    let store = state.store
    let day = LocalDate(parsing: "2026-12-09")!
    let promise = NotePromise(
      amount: Money(minorUnits: 50_000, currency: Currency(code: "CNY")!), date: day, by: .me)
    // Both fire at the loan's 09:00: the journal names both `note-ID`, the store keeps them apart.
    let both = try store.addNote(
      loan: "jiebei", at: at("2026-12-01T08:00:00Z"), channel: .phone, reference: nil, promise: promise,
      followUp: day, text: "promised, and will call back")
    let other = try store.addNote(
      loan: "jiebei", at: at("2026-12-01T09:00:00Z"), channel: .chat, reference: nil, followUp: day,
      text: "ask about the fee")
    let planner = state.planner(since: at("2026-12-01T00:00:00Z"))
    #expect(try planner.plan(now: at("2026-12-02T00:00:00Z")).isEmpty)
    let fired = try planner.wake(now: at("2026-12-09T09:00:00Z"))
    #expect(
      Set(fired.map(\.key.subject)) == [
        .followUp(note: both.id), .promise(note: both.id), .followUp(note: other.id),
      ])
    #expect(fired.count == 3)
    try planner.record(
      fired.map {
        DeliveryOutcome(
          key: $0.key, planned: $0.planned, delivered: $0.planned, sinks: ["test"], failures: [])
      })
    // Each recorded as its own delivery: under one key, one of the two would not be.
    #expect(try store.deliveries().count == 3)
    // A restart later that day repeats none of them.
    #expect(
      try state.planner(since: at("2026-12-01T00:00:00Z")).plan(now: at("2026-12-09T12:00:00Z")).isEmpty)
  }
}
