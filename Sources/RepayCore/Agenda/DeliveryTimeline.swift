import TimerWheel

/// The notices ahead on a timing wheel, and when the driver must wake next: the daemon's timer
/// state as a value. The driver reads the clock and passes its readings in; the timeline says
/// what came due and when to wake again. It is built afresh from an `Agenda` whenever the whole
/// plan changes (a start, a reload, a change of the clock), so it never has to move back; a
/// change of one loan (a payment, a snooze) replaces that loan's notices alone.
public struct DeliveryTimeline: Sendable {
  /// The wheel counts milliseconds of Unix time; agenda instants are microseconds. It holds
  /// where each notice comes from, a few numbers (`TimelineEntry`), rather than the whole
  /// item: a plan of 10,000 loans has about 100,000 notices ahead, and their keys are made
  /// again as they come due.
  private var wheel: TimerWheel<TimelineEntry>
  private var keys: NoticeKeys
  /// The notices that do not fit in a `TimelineEntry` (held back, or planned off a whole
  /// millisecond), with their planned instants: few in any real plan. One that was replaced
  /// stays here, unreferenced, until the timeline is built afresh.
  private var spilled: [(source: AgendaItem.Source, planned: Int64)] = []

  /// The notices `ahead` (each with its deadline), at `now` (microseconds since 1970); `keys`
  /// makes each whole again when it comes due.
  public init(ahead: [AgendaItem], keys: NoticeKeys, now: Int64) {
    wheel = TimerWheel(now: Self.tick(now))
    self.keys = keys
    insert(ahead)
  }

  /// Puts `ahead` on the wheel.
  private mutating func insert(_ ahead: [AgendaItem]) {
    wheel.reserveCapacity(ahead.count)
    for item in ahead {
      let entry =
        TimelineEntry(item.source, planned: item.planned, deadline: item.deadline)
        ?? TimelineEntry(spilled: spilled.count)
      if entry.isSpilled { spilled.append((item.source, item.planned)) }
      wheel.insert(entry, deadline: Self.tick(item.deadline))
    }
  }

  /// Takes the notices of the loan at index `loan` and of the reminders at `reminders` off the
  /// timeline and puts `ahead` on it (each with its deadline, after the reading the timeline
  /// last expired at), with `keys` making every notice whole from now on. `keys` must name the
  /// notices left on the timeline as the old keys did (the same loans, and the same reminders
  /// at the same indices), so that one loan's notices change without the others being planned
  /// again. A notice put on the timeline comes after those already there with the same deadline.
  public mutating func replace(
    loan: Int?, reminders: Set<Int>, with ahead: [AgendaItem], keys: NoticeKeys
  ) {
    self.keys = keys
    let spilled = spilled
    wheel.removeAll { entry in
      guard entry.isSpilled else {
        return entry.stage == .reminder ? reminders.contains(Int(entry.subject)) : Int(entry.subject) == loan
      }
      switch spilled[Int(entry.subject)].source {
      case .stage(let index, _, _): return index == loan
      case .reminder(let index): return reminders.contains(index)
      }
    }
    insert(ahead)
  }

  /// The timeline of no notices.
  public static let empty = DeliveryTimeline(
    ahead: [],
    keys: NoticeKeys(
      loans: [], reminders: [], zone: .utc),
    now: 0)

  /// The number of notices still ahead.
  public var count: Int { wheel.count }

  /// When the next notice comes due, microseconds since 1970, on a whole millisecond at or
  /// after its deadline (so that waking then is never early); nil when none is ahead.
  public var nextWake: Int64? { wheel.nextDeadline.map { $0 * 1_000 } }

  /// The notice that comes due first, still on the timeline; nil when none is ahead.
  public var next: AgendaItem? { wheel.next.map(item) }

  /// The notices whose deadline is at or before `now` (microseconds since 1970), by deadline
  /// and, for equal deadlines, in the order the agenda listed them; they leave the timeline. A
  /// reading before the last one returns nothing: a clock set back is a reason to re-plan.
  public mutating func expire(at now: Int64) -> [AgendaItem] {
    let tick = Self.tick(now, roundingUp: false)
    guard tick >= wheel.now else { return [] }
    return wheel.advance(to: tick).map(item)
  }

  /// The whole item of a notice that left the wheel (its deadline now on a whole millisecond).
  private func item(_ entry: TimerWheel<TimelineEntry>.Expired) -> AgendaItem {
    let deadline = entry.deadline * 1_000
    let (source, planned) =
      entry.payload.isSpilled
      ? spilled[Int(entry.payload.subject)] : (entry.payload.source(planned: deadline), deadline)
    return AgendaItem(key: keys.key(of: source), source: source, planned: planned, deadline: deadline)
  }

  /// The millisecond tick of `microseconds`: rounded up for deadlines, so that a notice never
  /// fires before its instant; rounded down for readings of the clock, for the same reason.
  private static func tick(_ microseconds: Int64, roundingUp: Bool = true) -> Int64 {
    let (quotient, remainder) = CivilCalendar.floorDivision(Int(microseconds), 1_000)
    return Int64(roundingUp && remainder > 0 ? quotient + 1 : quotient)
  }
}
