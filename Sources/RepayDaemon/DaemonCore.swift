import ControlInterface
import RepayConfig
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore
import Systemd

/// The daemon's state owner as a state machine: it takes each event with one reading of the
/// clock and returns the actions to perform (`DaemonAction`), after swift-nio's state machines.
/// Its runner, `ReminderService`, performs them and holds no policy of its own.
///
/// What is due lives in the planner, which reads and writes the state file; a reload reads the
/// configuration through `reread`. Those are the core's own state and inputs, so tests drive it
/// with a real state file in a temporary folder and a configuration read from text. Every other
/// effect (the timer, the delivery queue, systemd, the clients, the desktop, the log, the feed's
/// file, the heap) is an action.
///
/// The rules, each in one place below:
/// - A notice is handed over as it comes due; the timer is armed at the next instant after every
///   event that may move it, and systemd's status line follows.
/// - A call never holds up a notice: one due while calls queued up goes out first.
/// - Handling any event but a call, a watchdog ping, a delivery's report or a quiet spell of calls
///   takes the posted status down first (`DaemonEvent.mayChangeStatus`).
/// - A reload puts a valid configuration in force everywhere at once (planner, status, sinks,
///   control server's access) and keeps the old one when the new one has errors; either way it
///   plans again and tells systemd `RELOADING=1` then `READY=1`.
/// - A failing sink is logged once per outage, not once per notice; what no sink took is tried
///   again (the planner moves its next wake-up closer).
/// - Once the delivery queue has ended (after a shutdown), every call and reload still waiting
///   is answered that repayd stopped, so that no client waits for an answer that will not come.
struct DaemonCore {
  private let planner: ReminderPlanner
  private let store: StateStore
  private let reread: (@Sendable () -> ConfigurationReport)?
  private let localeLanguage: Language
  /// What `GetStatus` and `Reload` say about the daemon, the configuration in force among it.
  private(set) var status: DaemonStatus
  /// The notices' writer, in the language in force.
  private var writer: NoticeWriter
  /// The sinks whose last delivery failed, so that an outage is logged once.
  private var failingSinks: Set<String> = []
  /// Whether the delivery queue has ended: events from then on are refused.
  private var stopped = false
  /// The actions of the event being handled.
  private var actions: [DaemonAction] = []

  /// A core over `store` for `status`'s configuration; stages planned at or before `since` are
  /// never caught up; `reread` reads the configuration again (nil for the demo, which has no
  /// file); notices speak `localeLanguage` when the configuration names no language.
  init(
    status: DaemonStatus, store: StateStore, since: Int64, localeLanguage: Language,
    reread: (@Sendable () -> ConfigurationReport)?
  ) {
    self.status = status
    self.store = store
    self.reread = reread
    self.localeLanguage = localeLanguage
    writer = NoticeWriter(language: status.configuration.languageInForce(locale: localeLanguage))
    planner = ReminderPlanner(configuration: status.configuration, store: store, writer: writer, since: since)
  }

  /// The log's lines, in the notices' language (also after a reload changed it).
  var log: DaemonLogText { DaemonLogText(language: writer.language) }

  /// The first plan, at the start: what is due goes out, the timer is armed, the feed written.
  /// A start that cannot plan logs it as critical and ends in `.fail`, so that repayd exits
  /// non-zero and systemd sees a failed start rather than a clean stop.
  mutating func start(at clock: ClockReading) -> [DaemonAction] {
    do throws(StoreError) {
      handOver(try planner.plan(now: clock.now))
    } catch {
      emit(.log(.critical, log.cannotPlan(error.message(in: writer.language), retried: false)))
      emit(.fail(error))
      return take()
    }
    // The start's reading and planning freed much more than the daemon keeps.
    emit(.releaseFreedMemory)
    emit(.log(.info, log.planned(.start, ahead: planner.pendingCount)))
    refreshFeed("start", at: clock.now)
    return take()
  }

  /// Handles `event`, which came at `clock`, and returns what to do about it.
  mutating func handle(_ event: DaemonEvent, at clock: ClockReading) -> [DaemonAction] {
    if stopped {
      refuse(event)
      return take()
    }
    let now = clock.now
    if event.mayChangeStatus { emit(.takeDownStatus) }
    switch event {
    case .wake:
      wake(at: now)
    case .clockChanged:
      plan(.clockSet, at: now)
    case .zoneChanged:
      // The zone is the system's: the configuration read again takes the new one.
      _ = reload(at: now)
      plan(.zoneChanged, at: now)
    case .reload:
      emit(.notify(.reloading(monotonicMicroseconds: UInt64(clock.monotonic))))
      _ = reload(at: now)
      plan(.reread, at: now)
      emit(.notify(.ready))
    case .reloadAsked(let reply):
      emit(.notify(.reloading(monotonicMicroseconds: UInt64(clock.monotonic))))
      let outcome = reload(at: now)
      plan(.reread, at: now)
      emit(.notify(.ready))
      emit(.answerReload(reply, outcome))
    case .control(let call):
      // A call never holds up a notice: one that came due while calls queued up behind each
      // other goes out first (its own `.wake` then finds nothing left to do).
      if now >= planner.nextWake {
        emit(.takeDownStatus)
        wake(at: now)
      }
      if let change = call.answer(desk(at: now)) { apply(change, at: now) }
    case .desktopAction(let action):
      press(action, at: now)
    case .callsQuieted:
      emit(.releaseFreedMemory)
    case .watchdog:
      emit(.notify(.watchdog))
    case .delivered(let outcomes):
      record(outcomes)
    case .shutdown:
      emit(.notify(.stopping))
      emit(.armTimer(at: nil))
      emit(.finishDeliveries)
    case .deliveriesFinished:
      stopped = true
      emit(.stop)
    }
    return take()
  }

  /// The control desk over the state at `now`: what every call is answered from.
  private func desk(at now: Int64) -> ControlDesk {
    ControlDesk(
      configuration: status.configuration, store: store, now: now, language: writer.language,
      status: status, next: planner.nextReminder(), wake: planner.nextWake)
  }

  // MARK: - Planning

  /// Hands `due` to the delivery queue as one batch, with the writer and the `catch_up_fold` in
  /// force that fold it, arms the timer at the next wake-up and tells systemd the next notice
  /// (or, without a configuration, what to do about it).
  private mutating func handOver(_ due: [QueuedNotice]) {
    if !due.isEmpty {
      emit(.log(.info, log.delivering(due.count)))
      emit(
        .deliver(DeliveryBatch(notices: due, writer: writer, catchUpFold: status.configuration.catchUpFold)))
    }
    emit(.armTimer(at: planner.nextWake))
    emit(.notify(.status(status.missing?.hint(in: writer.language) ?? planner.status())))
  }

  /// The timer fired, or a notice came due while calls were queued: what is due goes out.
  private mutating func wake(at now: Int64) {
    do throws(StoreError) {
      handOver(try planner.wake(now: now))
    } catch {
      planFailed(error)
    }
  }

  /// Plans the whole household again, or with `.loan` that loan's notices alone.
  private mutating func plan(
    _ reason: DaemonLogText.PlanReason, _ scope: PlanScope = .household, at now: Int64
  ) {
    do throws(StoreError) {
      switch scope {
      case .loan(let loan):
        handOver(try planner.replan(loan: loan, now: now))
      case .household:
        handOver(try planner.plan(now: now))
        emit(.releaseFreedMemory)
      }
      emit(.log(.info, log.planned(reason, ahead: planner.pendingCount)))
    } catch {
      planFailed(error)
    }
  }

  private mutating func planFailed(_ error: StoreError) {
    emit(.log(.error, log.cannotPlan(error.message(in: writer.language), retried: true)))
  }

  /// Records what the delivery queue reports, logging each sink's outage once.
  private mutating func record(_ outcomes: [DeliveryOutcome]) {
    for outcome in outcomes {
      // Once per outage of a sink (no session bus, say), not once per notice.
      for failure in outcome.failures where failingSinks.insert(failure.sink).inserted {
        emit(
          .log(
            .notice,
            log.deliveryFailed(
              subject: outcome.key.subject.id, stage: outcome.key.stage, failure: failure.description)))
      }
      failingSinks.subtract(outcome.sinks)
    }
    do throws(StoreError) {
      try planner.record(outcomes)
    } catch {
      // Not recorded: the next plan offers them again (at-least-once).
      emit(.log(.error, log.cannotRecord(error.message(in: writer.language))))
    }
    for outcome in outcomes where outcome.arrived {
      emit(.publish(Control.WatchEvent(delivered: outcome)))
    }
    // What no sink took is tried again soon: the planner moved its next plan closer.
    emit(.armTimer(at: planner.nextWake))
  }

  // MARK: - Reloading

  /// Reads the configuration again and, when it is valid, puts it in force everywhere; when it
  /// is not, logs every finding at its place and keeps the one in force. Either way the status
  /// records how it went.
  private mutating func reload(at now: Int64) -> ReloadOutcome {
    guard let reread else {
      emit(.log(.notice, log.demoHasNoFile))
      return .success(Control.ReloadReply(configuration: status.configurationRecord))
    }
    let report = reread()
    for diagnostic in report.diagnostics {
      emit(.log(diagnostic.severity == .error ? .error : .warning, diagnostic.description))
    }
    let outcome = status.reloaded(report, now: now)
    guard let configuration = report.configuration else {
      emit(.log(.error, log.newConfigurationHasErrors))
      return outcome
    }
    writer = NoticeWriter(language: configuration.languageInForce(locale: localeLanguage))
    planner.replace(configuration: configuration, writer: writer)
    emit(.reconfigureSinks(configuration, writer.language))
    emit(
      .changeAccess(
        allowedUserIDs: Set(configuration.allowedUIDs), maximumConnections: configuration.maxConnections))
    emit(.publish(Control.WatchEvent(kind: .reload, at: InstantText.format(microseconds: now))))
    refreshFeed("reload", at: now)
    return outcome
  }

  /// Rewrites the calendar feed, when the configuration names one, whole from the state at `now`.
  private mutating func refreshFeed(_ reason: String, at now: Int64) {
    guard let path = status.configuration.icsFeed else { return }
    let desk = desk(at: now)
    do throws(ControlError) {
      let document = try desk.calendarDocument(
        from: CalendarFeed.start(today: desk.today), days: CalendarFeed.days)
      emit(
        .replaceFeed(
          FeedRewrite(
            path: path, text: document.text(now: desk.now), reason: reason, events: document.events.count,
            log: log)))
    } catch {
      emit(.log(.error, log.feedNotWritten(path, after: reason, error: "\(error)")))
    }
  }

  // MARK: - Changes from calls and buttons

  /// Acts on what a call or a button changed: the clients following `Watch` are told, a quieted
  /// loan's desktop notifications withdrawn, and when what is due changed, the feed rewritten,
  /// the loan (or the household) planned again, and a settled occurrence's notice handed over.
  private mutating func apply(_ change: ControlChange, at now: Int64) {
    emit(.publish(change.event))
    // Its occurrences' notices now wait for the snooze's end: what shows them goes.
    if let loan = change.quieted { emit(.withdrawDesktop(loan: loan)) }
    guard let scope = change.replans else { return }
    refreshFeed(change.event.kind.rawValue, at: now)
    plan(.control(change.event.kind.rawValue), scope, at: now)
    guard let settled = change.settled else { return }
    do throws(StoreError) {
      if let notice = try planner.settledNotice(of: settled, now: now) { handOver([notice]) }
    } catch {
      planFailed(error)
    }
  }

  /// A desktop button: "Details" answered with a notification of details, "Paid" and "Snooze
  /// 1 day" through the same desk as the control socket's; a closed notification changes nothing.
  /// There is no client to answer: a failure is logged.
  private mutating func press(_ action: DesktopAction, at now: Int64) {
    guard case .invoked(let key) = action.event else { return }
    let desk = desk(at: now)
    do throws(ControlError) {
      switch try desk.press(key, on: action.occurrence, writer: writer) {
      case .details(let notice): emit(.postDesktop(notice))
      case .changed(let change): apply(change, at: now)
      }
    } catch {
      emit(.log(.warning, log.buttonFailed(key, on: action.occurrence, error: error.name)))
    }
  }

  /// An event that came after the delivery queue ended: a call or a reload is answered that
  /// repayd stopped, a button is logged as not acted on, the rest is over.
  private mutating func refuse(_ event: DaemonEvent) {
    switch event {
    case .control(let call): call.refuse()
    case .reloadAsked(let reply):
      emit(.answerReload(reply, .failure(DaemonControl.stopping(in: writer.language))))
    case .desktopAction(let action):
      if case .invoked(let key) = action.event {
        emit(.log(.warning, log.buttonTooLate(key, on: action.occurrence)))
      }
    default: break
    }
  }

  private mutating func emit(_ action: DaemonAction) { actions.append(action) }

  private mutating func take() -> [DaemonAction] {
    defer { actions = [] }
    return actions
  }
}
