import ControlInterface
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore

/// The daemon's state, owned by the one task that handles its events: the configuration in
/// force, the notices ahead on the timeline (each whole in itself: the schedule window a plan
/// is made from is dropped once the plan is made), and what has been handed to the delivery
/// queue but not yet recorded. Every method takes "now" from
/// the driver; the decisions themselves are `Agenda`'s and `DeliveryTimeline`'s. A change that
/// touches one loan is planned for that loan alone (`replan(loan:now:)`), so that a write costs
/// what the loan's notices do, not what the household's do.
public final class ReminderPlanner {
  /// How long a plan serves before it is rebuilt, so that its window keeps ahead of today.
  public static let replanInterval: Int64 = replanDays * 86_400 * 1_000_000
  /// `replanInterval` in days.
  public static let replanDays: Int64 = 14
  /// How soon a notice that no sink took is offered again (microseconds): a plan this long
  /// after the failed delivery, so that a journal that was restarting, say, has it within a
  /// minute of coming back rather than at the next plan, up to `replanDays` later.
  public static let retryDelay: Int64 = 30 * 1_000_000

  private var configuration: Configuration
  private let store: StateStore
  private var writer: NoticeWriter
  /// Stages planned at or before this instant are not caught up one by one (the first start).
  private let since: Int64

  /// The loans of the configuration the plan was made from, which the timeline's sources name
  /// by index. The plan's schedule window is not kept: each source on the timeline is whole.
  private var loans: [Loan]
  private var reminders: [ScheduledReminder] = []
  /// The indices of `reminders` that are firings of each loan's notes' reminders, by loan id.
  private var noteReminders: [String: [Int]] = [:]
  /// The due dates the last plan looked at: from `from`, for `days` days; nil until a plan of the
  /// configuration in force is made.
  private var window: (from: LocalDate, days: Int)?
  /// What is paid towards each occurrence of the window, as the ledger counts it.
  private var paid: PaymentLedger
  /// The agreements in force at the last plan, per loan id.
  private var agreements: [String: AgreedTerms] = [:]
  /// The occurrences of the last plan that only an agreement asks for (no instalment of the
  /// schedule on that date).
  private var agreedOnly: Set<OccurrenceID> = []
  /// What the adopted plan pays each loan per month (`YYYY-MM`), over the months of the window;
  /// empty while no plan is adopted.
  private var planned: [String: [String: Money]] = [:]
  /// The notices ahead, each at its deadline.
  private(set) var timeline = DeliveryTimeline.empty {
    // Finding the first notice walks a coarse slot of the wheel, and every control call asks
    // when it is due: found once per change of the timeline instead (SE-0268: no copy).
    didSet { firstAhead = timeline.next }
  }
  /// The timeline's first notice; nil when none is ahead.
  private var firstAhead: AgendaItem?
  private var replanAt: Int64 = 0
  /// Handed to the delivery queue, not yet recorded, with their planned instants: left out of
  /// new plans meanwhile, so that a re-plan cannot queue them twice.
  private var inFlight: [DeliveryKey: Int64] = [:]
  /// Through when every planned stage has been handled (the store's `handledThrough`, read at
  /// the first plan): the window of a plan starts no earlier than this, less the lookback.
  private var handledThrough: Int64?
  /// The earliest planned instant among the notices held back past it (snoozed, or waiting for
  /// quiet hours) at the last plan: they are not handled yet.
  private var heldBackSince: Int64?
  /// The earliest planned instant among the notices that no sink took, or that could not be
  /// recorded, since the last plan: the next plan offers them again.
  private var unrecordedSince: Int64?

  /// A planner for `configuration`, recording in `store`, writing notices with `writer`;
  /// stages planned at or before `since` are history, but for each instalment's current stage.
  public init(configuration: Configuration, store: StateStore, writer: NoticeWriter, since: Int64) {
    self.configuration = configuration
    self.store = store
    self.writer = writer
    self.since = since
    loans = configuration.loans
    paid = PaymentLedger(loans: loans)
  }

  /// Puts `configuration` in force, with notices written by `writer`, from the next plan on;
  /// notices in flight stay in flight.
  public func replace(configuration: Configuration, writer: NoticeWriter) {
    self.configuration = configuration
    self.writer = writer
    window = nil
  }

  /// When the driver must wake next, microseconds since 1970: the next notice, or the re-plan.
  public var nextWake: Int64 { min(firstAhead?.deadline ?? .max, replanAt) }

  /// How many notices are ahead on the timeline.
  public var pendingCount: Int { timeline.count }

  /// Rebuilds the plan at `now` from the configuration and the store, and returns the notices
  /// due at once (a catch-up): every stage planned since the first start (and within the
  /// catch-up's reach), and the current stage of each instalment that came due before them, not
  /// delivered, not settled, not snoozed, and not in flight (`Agenda`).
  public func plan(now: Int64) throws(StoreError) -> [QueuedNotice] {
    let zone = configuration.zone
    let today = zone.localDate(at: now / 1_000_000)
    if handledThrough == nil { handledThrough = try store.instant(.handledThrough) ?? since }
    let handled = handledThrough ?? since
    // From the day of the last handled instant (a restart, a month asleep), less the lookback
    // of the overdue ladder, and no more than the catch-up's reach back. A first start, and a
    // start after a stop longer than the reach, look at the whole reach: each instalment there
    // that came due unheard gets the notice of its current stage (`Agenda`).
    let reach = today.advanced(by: -Agenda.maximumCatchUpDays)
    let from =
      handled <= Agenda.catchUpCut(since: since, now: now)
      ? reach : max(zone.localDate(at: min(handled, now) / 1_000_000).advanced(by: -lookbackDays()), reach)
    let days = from.distance(to: today) + horizonDays()
    let schedule = RepaymentSchedule(configuration: configuration)
    agreements = AgreedTerms.perLoan(
      try store.agreements(), loans: configuration.loans, holidays: configuration.holidays)
    let window = schedule.occurrences(from: from, days: days, agreements: agreements)
    self.window = (from, days)
    loans = window.loans
    agreedOnly = Set(
      window.occurrences.lazy.filter { !$0.isScheduled }.map {
        OccurrenceID(loan: window.loans[$0.loan].id, due: $0.due)
      })
    planned = try plannedPayments(from: from, through: today.advanced(by: horizonDays()))
    let notes = NoteReminderPlan(
      reminders: try store.notes().flatMap(\.reminders), configuration: configuration)
    let free = schedule.reminders(from: from, days: days)
    let noteFirings = notes.scheduled(from: from, days: days)
    reminders = free + noteFirings
    noteReminders = [:]
    for (offset, firing) in noteFirings.enumerated() {
      if let note = firing.note { noteReminders[note.loan, default: []].append(free.count + offset) }
    }
    // Every stage of the window may be a current stage: its delivery is looked up however early
    // it was planned.
    let firstPlanned = min(
      window.stageInstants.lazy.map(\.instant).min() ?? now,
      Int64(from.daysSinceEpoch - 2) * 86_400 * 1_000_000)
    paid = PaymentLedger(loans: configuration.loans)
    paid.add(try store.paidPerOccurrence(), dueIn: from..<from.advanced(by: days))
    var snoozedUntil: [String: Int64] = [:]
    for snooze in try store.activeSnoozes(at: now) { snoozedUntil[snooze.loan] = snooze.until }
    let history = DeliveryHistory(
      delivered: try store.deliveredKeys(plannedFrom: firstPlanned).union(inFlight.keys),
      paid: paid.byOccurrence,
      snoozedUntil: snoozedUntil, since: since)
    let agenda = Agenda(
      window: window, reminders: reminders, history: history, now: now, zone: zone,
      quietHours: configuration.quietHours)
    timeline = DeliveryTimeline(
      ahead: agenda.ahead, keys: NoticeKeys(loans: loans, reminders: reminders, zone: zone), now: now)
    replanAt = now + Self.replanInterval
    heldBackSince = agenda.earliestHeldBack(now: now)
    unrecordedSince = nil
    let due = queue(agenda.due, now: now)
    try advanceHandledThrough(to: now)
    return due
  }

  /// Plans the notices of the loan `id` again at `now` (a payment, a snooze, an agreement or a
  /// note's reminder changed what is due for it), over the last plan's window, and returns those
  /// due at once; the rest of the plan stays as it is. Without a plan of the configuration in
  /// force, or when the plan has run its course, it makes a whole plan instead.
  ///
  /// The loan's notices come out as a whole plan at `now` would give them: the same window, the
  /// same rules (`Agenda`), its own agreements, payments, snooze, notes and deliveries read
  /// again. Only the bookkeeping of what is held back may stay earlier than a whole plan would
  /// leave it (`handledThrough` then waits for the next whole plan, which repeats nothing).
  public func replan(loan id: String, now: Int64) throws(StoreError) -> [QueuedNotice] {
    guard let window, now < replanAt else { return try plan(now: now) }
    let zone = configuration.zone
    let index = loans.firstIndex { $0.id == id }
    agreements[id] =
      AgreedTerms.perLoan(try store.agreements(forLoan: id), loans: loans, holidays: configuration.holidays)[
        id]
    let occurrences =
      index.map {
        RepaymentSchedule(configuration: configuration).occurrences(
          from: window.from, days: window.days, agreements: agreements, onlyLoanAt: $0)
      } ?? ScheduleWindow(loans: loans, occurrences: [], stageInstants: [], agreements: agreements)
    agreedOnly = agreedOnly.filter { $0.loan != id }
    for occurrence in occurrences.occurrences where !occurrence.isScheduled {
      agreedOnly.insert(OccurrenceID(loan: id, due: occurrence.due))
    }
    paid.removeAll(loan: id)
    paid.add(
      try store.paidPerOccurrence(loan: id), dueIn: window.from..<window.from.advanced(by: window.days))
    let replaced = Set(noteReminders[id] ?? [])
    let firings = NoteReminderPlan(
      reminders: try store.notes(forLoan: id).flatMap(\.reminders), configuration: configuration
    ).scheduled(from: window.from, days: window.days)
    let added = reminders.count..<reminders.count + firings.count
    // The timeline's keys share the list: appending copies it whole, so only when there is
    // something to append.
    if !firings.isEmpty { reminders += firings }
    noteReminders[id] = added.isEmpty ? nil : Array(added)
    let history = DeliveryHistory(
      delivered: try store.deliveredKeys(of: [.loan(id)] + firings.map(\.subject)).union(inFlight.keys),
      paid: paid.byOccurrence,
      snoozedUntil: try store.activeSnooze(loan: id, at: now).map { [id: $0.until] } ?? [:], since: since)
    let agenda = Agenda(
      window: occurrences, reminders: reminders, placing: added, history: history, now: now, zone: zone,
      quietHours: configuration.quietHours)
    timeline.replace(
      loan: index, reminders: replaced, with: agenda.ahead,
      keys: NoticeKeys(loans: loans, reminders: reminders, zone: zone))
    if let held = agenda.earliestHeldBack(now: now) {
      heldBackSince = min(heldBackSince ?? held, held)
    }
    let due = queue(agenda.due, now: now)
    try advanceHandledThrough(to: now)
    return due
  }

  /// The notices due at `now` (the timer fired): those the timeline gives, or, when the plan
  /// has run its course, a new plan's catch-up.
  public func wake(now: Int64) throws(StoreError) -> [QueuedNotice] {
    if now >= replanAt { return try plan(now: now) }
    let due = queue(timeline.expire(at: now), now: now)
    try advanceHandledThrough(to: now)
    return due
  }

  /// Records what the delivery queue did with a batch: each notice that arrived somewhere, once.
  /// A notice that no sink took is not recorded, and the next plan, `retryDelay` later at the
  /// latest (`nextWake` says when), offers it again.
  public func record(_ outcomes: [DeliveryOutcome]) throws(StoreError) {
    if let failed = outcomes.filter({ !$0.arrived }).map(\.delivered).max() {
      replanAt = min(replanAt, failed + Self.retryDelay)
    }
    let records = outcomes.filter(\.arrived).map {
      DeliveryRecord(
        key: $0.key, plannedAt: $0.planned, deliveredAt: $0.delivered, sinks: $0.sinks,
        outcome: $0.failures.isEmpty
          ? .delivered : .partly(failures: $0.failures.map(\.description).joined(separator: "; ")))
    }
    for outcome in outcomes { inFlight[outcome.key] = nil }
    do throws(StoreError) {
      _ = try store.record(contentsOf: records)
    } catch {
      holdHandledThrough(before: outcomes)
      throw error
    }
    holdHandledThrough(before: outcomes.filter { !$0.arrived })
    if let latest = outcomes.map(\.delivered).max() { try advanceHandledThrough(to: latest) }
  }

  /// Keeps `handledThrough` before `outcomes`, which are not recorded: the next plan offers
  /// them again, also after a restart.
  private func holdHandledThrough(before outcomes: [DeliveryOutcome]) {
    guard let earliest = outcomes.map(\.planned).min() else { return }
    unrecordedSince = min(unrecordedSince ?? earliest, earliest)
  }

  /// Moves `handledThrough` forward to `now`, or to just before the earliest notice still in
  /// flight or held back, and stores it; it never moves back (a clock set back changes nothing
  /// that was handled).
  private func advanceHandledThrough(to now: Int64) throws(StoreError) {
    let pending = [heldBackSince, unrecordedSince, inFlight.values.min()].compactMap { $0 }.min()
    let target = min(now, pending.map { $0 - 1 } ?? now)
    guard let handled = handledThrough, target > handled else { return }
    handledThrough = target
    try store.setInstant(.handledThrough, to: target)
  }

  /// The status line for systemd (`STATUS=`), in the notices' language: when the next notice
  /// comes and what it will say, `next 2026-12-07 09:00: 花呗 ¥1,250.00 is due in 3 days (57
  /// ahead)`.
  public func status() -> String {
    let english = writer.language == .english
    guard let next = firstAhead else { return english ? "no notice ahead" : "暂无待发提醒" }
    let (date, time) = configuration.zone.localTime(at: next.deadline / 1_000_000)
    let title = notice(for: next, today: date).title
    return english
      ? "next \(date) \(time): \(title) (\(timeline.count) ahead)"
      : "下一条 \(date) \(time)：\(title)（共 \(timeline.count) 条待发）"
  }

  /// The next notice ahead, as `GetStatus` reports it; nil when none is.
  public func nextReminder() -> Control.NextReminder? {
    guard let next = firstAhead else { return nil }
    let at = InstantText.format(microseconds: next.deadline)
    switch next.source {
    case .stage(let loan, let due, let stage):
      return Control.NextReminder(
        at: at, stage: stage.stage, loan: loans[loan].id, occurrence: due.description)
    case .reminder(let index):
      return Control.NextReminder(at: at, stage: .reminder, reminder: reminders[index].id)
    }
  }

  /// The `settled` notice of `occurrence`, now paid in full, for the queue (in flight until it
  /// is recorded, and delivered once: its key is the occurrence's); nil when the loan is no
  /// longer configured or the notice was delivered already.
  public func settledNotice(of occurrence: OccurrenceID, now: Int64) throws(StoreError) -> QueuedNotice? {
    guard let loan = configuration.loans.first(where: { $0.id == occurrence.loan }) else { return nil }
    let key = DeliveryKey(subject: .loan(loan.id), date: occurrence.due, stage: .settled, offsetSeconds: 0)
    guard inFlight[key] == nil, try !store.isDelivered(key) else { return nil }
    inFlight[key] = now
    let today = configuration.zone.localDate(at: now / 1_000_000)
    return QueuedNotice(
      key: key, planned: now,
      notice: writer.notice(
        .settled, of: loan, due: occurrence.due, paid: .max, today: today,
        terms: agreements[loan.id] ?? .none,
        scheduled: !agreedOnly.contains(occurrence)))
  }

  /// Turns agenda items into notices for the queue, marking them in flight.
  private func queue(_ items: [AgendaItem], now: Int64) -> [QueuedNotice] {
    let today = configuration.zone.localDate(at: now / 1_000_000)
    // A first start's catch-up queues a notice for every unpaid instalment already due: grown
    // one key at a time, the table rehashed all of them at each doubling.
    inFlight.reserveCapacity(inFlight.count + items.count)
    return items.map { item in
      inFlight[item.key] = item.planned
      return QueuedNotice(key: item.key, planned: item.planned, notice: notice(for: item, today: today))
    }
  }

  private func notice(for item: AgendaItem, today: LocalDate) -> Notice {
    switch item.source {
    case .stage(let index, let due, let stage):
      let loan = loans[index]
      let occurrence = OccurrenceID(loan: loan.id, due: due)
      return writer.notice(
        stage.stage, offset: loan.reminders.offset(of: stage), of: loan, due: due,
        paid: paid.paid(towards: occurrence),
        today: today, terms: agreements[loan.id] ?? .none, scheduled: !agreedOnly.contains(occurrence),
        planned: planned[loan.id]?[CalendarMonth(containing: due).description])
    case .reminder(let index):
      if let note = reminders[index].note, let loan = configuration.loans.first(where: { $0.id == note.loan })
      {
        return writer.noteReminder(note, of: loan)
      }
      return writer.reminder(id: reminders[index].id, message: reminders[index].message)
    }
  }

  /// What the plan in force pays each loan in each month from `from`'s to `last`'s, by loan and
  /// month; empty when no plan is adopted.
  private func plannedPayments(from: LocalDate, through last: LocalDate) throws(StoreError)
    -> [String: [String: Money]]
  {
    guard let plan = try store.planInForce() else { return [:] }
    var planned: [String: [String: Money]] = [:]
    var month = CalendarMonth(containing: from)
    while month <= CalendarMonth(containing: last) {
      for payment in try store.plannedPayments(plan: plan, month: month.description) {
        planned[payment.loan, default: [:]][month.description] = payment.amount
      }
      month = month.advanced(by: 1)
    }
    return planned
  }

  /// How many days of due dates after today the plan holds: every notice until the next plan
  /// (`replanDays`), so due dates as far ahead as that plus the longest advance offset, and two
  /// days for quiet hours and zones. Notices further ahead wait for a later plan, which keeps a
  /// large household's plan small.
  private func horizonDays() -> Int {
    let longest = configuration.loans.lazy.map { $0.reminders.before.map(\.seconds).max() ?? 0 }.max() ?? 0
    return Int(Self.replanDays) + Int(longest / 86_400) + 1 + 2
  }

  /// How many days of due dates before today can still have stages ahead or to catch up: the
  /// longest overdue ladder plus its grace days, and two days for quiet hours and zones.
  private func lookbackDays() -> Int {
    let longest =
      configuration.loans.map { loan in
        loan.graceDays + Int((loan.reminders.overdue.map(\.seconds).max() ?? 0) / 86_400) + 1
      }.max() ?? 0
    return min(longest, 3_660) + 2
  }
}
