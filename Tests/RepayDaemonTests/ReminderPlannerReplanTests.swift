import ControlInterface
import Foundation
import PropertyBased
import RepayConfig
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore
import Testing

@testable import RepayDaemon

/// A loan planned again alone (`ReminderPlanner.replan(loan:now:)`) against the whole household
/// planned again: after any sequence of payments, withdrawals, snoozes, agreements and notes
/// with follow-ups, each answered by the control desk, and of wake-ups with what came due
/// delivered, a planner that plans only the loan a change touches hands out the same notices
/// at the same instants, and has the same notices ahead, as one that plans everything each time.
struct ReminderPlannerReplanTests {
  /// Three loans and a daily reminder in Berlin (a zone with DST), with quiet hours that hold
  /// back one loan's 23:30 reminders, advance and overdue ladders, and a grace day.
  private static let household = """
    [daemon]
    timezone = "Europe/Berlin"
    quiet_hours = "22:00-08:00"
    [reminders]
    at = "09:00"
    before = ["3d", "1d"]
    overdue = ["1d", "4d"]
    [[loan]]
    id = "a"
    name = "A"
    platform = "P"
    amount = "1000.00"
    currency = "CNY"
    due = { day = 10 }
    first_due = 2026-12-10
    installments = 6
    business_day = "none"
    grace_days = 1
    [[loan]]
    id = "b"
    name = "B"
    platform = "P"
    amount = "300.00"
    currency = "CNY"
    due = { dates = [2026-12-06, 2026-12-13, 2026-12-19] }
    business_day = "none"
    reminders = { at = "23:30", before = ["2d"] }
    [[loan]]
    id = "c"
    name = "C"
    platform = "P"
    amount = "50.00"
    currency = "CNY"
    due = { day = 12 }
    first_due = 2026-12-12
    open_ended = true
    business_day = "none"
    [[reminder]]
    id = "check"
    calendar = "*-*-* 07:30"
    message = "Check the accounts"
    """

  private static let loans = ["a", "b", "c"]
  /// The first start, a Saturday morning: b's first instalment is due the next day.
  private static let start = InstantText.parse("2026-12-05T06:00:00Z")!
  /// Both planners' first plans hold every notice before this: no whole plan is due again
  /// before it, and the steps below stay within it.
  private static let horizon = start + ReminderPlanner.replanInterval

  /// One step: what to do (0–1 let time pass, 2 pay, 3 withdraw a payment, 4 snooze, 5 end a
  /// snooze, 6 renegotiate, 7 a note with a follow-up), on which loan, and random bits.
  private static let step = zip(Gen.int(in: 0...7), Gen.int(in: 0...2), Gen.uint64())

  @Test("any sequence of changes gives the notices a whole plan after each change gives")
  func matchesWholePlans() async {
    await propertyCheck(count: 40, input: Self.step.array(of: 1...20)) { steps in
      do {
        let incremental = try Twin()
        let whole = try Twin()
        defer {
          incremental.state.remove()
          whole.state.remove()
        }
        var now = Self.start
        let first = (
          try incremental.deliver(incremental.planner.plan(now: now), now: now),
          try whole.deliver(whole.planner.plan(now: now), now: now)
        )
        try #require(first.0 == first.1)
        for (number, (action, loanIndex, bits)) in steps.enumerated() {
          let loan = Self.loans[loanIndex]
          let due: ([String], [String])
          if action < 2 {
            // Up to 13 hours: twenty steps stay within the first plans' fortnight.
            now += Int64(bits % (13 * 60)) * 60_000_000 + 1
            due = (try incremental.wake(now: now), try whole.wake(now: now))
          } else {
            let changed = (
              incremental.change(action, loan, bits, now: now), whole.change(action, loan, bits, now: now)
            )
            #expect(changed.0 == changed.1, "step \(number): the twins' desks answered alike")
            guard changed.0 else { continue }
            due = (
              try incremental.deliver(incremental.planner.replan(loan: loan, now: now), now: now),
              try whole.deliver(whole.planner.plan(now: now), now: now)
            )
          }
          #expect(
            due.0 == due.1,
            "step \(number) (\(action) on \(loan)) at \(InstantText.format(microseconds: now))")
          let ahead = (incremental.ahead(before: Self.horizon), whole.ahead(before: Self.horizon))
          #expect(ahead.0 == ahead.1, "step \(number) (\(action) on \(loan)): the notices ahead")
          if due.0 != due.1 || ahead.0 != ahead.1 { return }
        }
      } catch {
        Issue.record("\(error)")
      }
    }
  }

  /// A state, its planner and its desk; what came due is delivered and recorded at once.
  private final class Twin {
    let state: PlannerState
    let planner: ReminderPlanner

    init() throws {
      state = try PlannerState(ReminderPlannerReplanTests.household)
      planner = state.planner(since: ReminderPlannerReplanTests.start)
    }

    /// Records `notices` as delivered at `now` and returns their keys and planned instants, sorted.
    func deliver(_ notices: [QueuedNotice], now: Int64) throws -> [String] {
      try planner.record(
        notices.map {
          DeliveryOutcome(key: $0.key, planned: $0.planned, delivered: now, sinks: ["journal"], failures: [])
        })
      return notices.keys
    }

    /// The timer fired at `now`: what came due, delivered.
    func wake(now: Int64) throws -> [String] { try deliver(try planner.wake(now: now), now: now) }

    /// Makes change `action` on `loan` through the desk at `now`; whether the desk took it.
    func change(_ action: Int, _ loan: String, _ bits: UInt64, now: Int64) -> Bool {
      let desk = ControlDesk(configuration: state.configuration, store: state.store, now: now, startedAt: now)
      let later = desk.today.advanced(by: Int(bits % 20) + 1).description
      do throws(ControlError) {
        switch action {
        case 2:
          // The whole of what is due, or a part of it.
          _ = try desk.recordPayment(
            Control.RecordPaymentRequest(loan: loan, amount: bits % 3 == 0 ? "10.00" : nil))
        case 3:
          let payments = try? state.store.payments(forLoan: loan).filter { $0.withdrawnAt == nil }
          guard let payment = payments?.last else { return false }
          _ = try desk.deletePayment(Control.DeletePaymentRequest(id: payment.id))
        case 4:
          _ = try desk.snooze(Control.SnoozeRequest(loan: loan, duration: ["2h", "1d", "3d"][Int(bits % 3)]))
        case 5:
          guard try desk.unsnooze(Control.UnsnoozeRequest(loan: loan)).snooze != nil else { return false }
        case 6:
          _ = try desk.renegotiate(Control.RenegotiateRequest(loan: loan, extendTo: later, note: "agreed"))
        default:
          _ = try desk.addNote(Control.AddNoteRequest(loan: loan, text: "call back", followUp: later))
        }
        return true
      } catch {
        return false
      }
    }

    /// The notices ahead with a deadline before `cutoff`: key, planned instant and deadline.
    func ahead(before cutoff: Int64) -> [String] {
      var timeline = planner.timeline
      return timeline.expire(at: cutoff - 1).map { "\($0.key) \($0.planned) \($0.deadline)" }.sorted()
    }
  }
}

extension [QueuedNotice] {
  /// Each notice's key and planned instant, sorted: what two plans must agree on.
  fileprivate var keys: [String] { map { "\($0.key) \($0.planned)" }.sorted() }
}
