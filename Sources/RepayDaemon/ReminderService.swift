import ControlInterface
import Logging
import NIOCore
import RepayConfig
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore
import ServiceLifecycle
import Systemd
import UnixSignals

/// The long-running part of repayd: one task owns the planner and handles every event in turn
/// (the timer's wake-ups, a change of the clock, SIGHUP, the watchdog, the delivery queue's
/// reports, control calls, desktop buttons, the shutdown), while the delivery queue, the control
/// socket and the event sources run beside it. Nothing else touches the planner or the timeline,
/// or writes the store (control calls that only read are answered on the control socket's own
/// executor, from the desk it hands them: `DaemonControl`).
public struct ReminderService: Service {
  /// The configuration in force at the start.
  public let configuration: Configuration
  /// The files it was read from (empty for the demo), for `GetStatus`.
  public let configurationFiles: [String]
  /// The warnings of the configuration in force at the start.
  public let configurationWarnings: [Diagnostic]
  /// Whether the configuration is the demo household.
  public let demo: Bool
  /// The configuration the start did not find at the default place: the one in force is then
  /// empty, and the status says how to write one until a reload reads it.
  public let missingConfiguration: MissingConfiguration?
  /// When repayd started, microseconds since 1970.
  public let startedAt: Int64
  /// Where the control socket listens; nil for none.
  public let controlSocket: ControlListener?
  /// The desktop sink, when notices go to the desktop too: its buttons become events.
  public let desktop: DesktopNoticeSink?
  /// Reads the configuration again on SIGHUP; nil when there is nothing to read (the demo).
  public let reread: (@Sendable () -> ConfigurationReport)?
  /// The language of notices when the configuration names none: the locale's.
  public let localeLanguage: Language
  /// The state database.
  public let store: StateStore
  /// Where notices go, given the notices' writer.
  public let sinks: @Sendable (NoticeWriter) -> [any NoticeSink]
  /// Stages planned at or before this instant are never caught up.
  public let since: Int64
  /// Whether SIGUSR1 stands for a change of the clock (`REPAYD_TEST_TRIGGERS=1`): the tests'
  /// way to reach the re-plan that only setting the system clock would otherwise cause.
  public let clockChangeTrigger: Bool
  /// The one reader of the clock.
  public let clock: SystemClock
  /// The daemon's own log.
  public let logger: Logger

  /// How long after the last reply to a control call the memory the calls freed goes back to
  /// the system (microseconds). glibc keeps freed blocks for reuse; a burst of calls with large replies
  /// (a day of 100,000 reminders is an 8 MB `ListUpcoming`) would otherwise leave the daemon
  /// tens of MiB larger until its next whole plan. One wake-up after a burst, none while idle.
  public static let quietAfterCalls: Int64 = 1_000_000

  /// A service with these parts.
  public init(
    configuration: Configuration,
    configurationFiles: [String],
    configurationWarnings: [Diagnostic],
    demo: Bool,
    missingConfiguration: MissingConfiguration? = nil,
    startedAt: Int64,
    controlSocket: ControlListener?,
    desktop: DesktopNoticeSink?,
    reread: (@Sendable () -> ConfigurationReport)?,
    localeLanguage: Language,
    store: StateStore,
    sinks: @escaping @Sendable (NoticeWriter) -> [any NoticeSink],
    since: Int64,
    clockChangeTrigger: Bool,
    clock: SystemClock,
    logger: Logger
  ) {
    self.configuration = configuration
    self.configurationFiles = configurationFiles
    self.configurationWarnings = configurationWarnings
    self.demo = demo
    self.missingConfiguration = missingConfiguration
    self.startedAt = startedAt
    self.controlSocket = controlSocket
    self.desktop = desktop
    self.reread = reread
    self.localeLanguage = localeLanguage
    self.store = store
    self.sinks = sinks
    self.since = since
    self.clockChangeTrigger = clockChangeTrigger
    self.clock = clock
    self.logger = logger
  }

  /// Plans, arms the timer, tells systemd it is ready, then handles events until a graceful
  /// shutdown, which finishes the deliveries in flight and records them before returning.
  public func run() async throws {
    let (events, post) = AsyncStream.makeStream(of: DaemonEvent.self)
    let (batches, enqueue) = AsyncStream.makeStream(of: [QueuedNotice].self)
    let notifier = ServiceNotifier()
    let timer = WallClockTimer { post.yield(.wake) }
    defer { timer.cancel() }
    let quietTimer = WallClockTimer { post.yield(.callsQuieted) }
    defer { quietTimer.cancel() }
    var writer = NoticeWriter(language: configuration.language ?? localeLanguage)
    // The log speaks the notices' language, also after a reload changed it.
    var log: DaemonLogText { DaemonLogText(language: writer.language) }
    let failedToRead: @Sendable (SystemdCallError) -> Void = { [logger, log] in
      logger.error("\(log.cannotReadWatch("\($0)"))")
    }
    let clockSource = watch(log.language.text(en: "changes of the clock", zh: "时钟的调整"), log) {
      () throws(SystemdCallError) in
      try ChangeSource.clock(changed: { post.yield(.clockChanged) }, failed: failedToRead)
    }
    defer { clockSource?.cancel() }
    // The system's zone file, when the zone is the system's: a change of it re-reads the
    // configuration (whose zone is then the new one) and plans again.
    let zoneSource = configuration.systemZoneFile.flatMap { path in
      watch(path, log) { () throws(SystemdCallError) in
        try ChangeSource.file(path, changed: { post.yield(.zoneChanged) }, failed: failedToRead)
      }
    }
    defer { zoneSource?.cancel() }
    let planner = ReminderPlanner(configuration: configuration, store: store, writer: writer, since: since)
    var status = DaemonStatus(
      startedAt: startedAt, configuration: configuration, files: configurationFiles, demo: demo,
      loadedAt: startedAt, warnings: configurationWarnings, missing: missingConfiguration)
    let hub = WatchHub()
    defer { hub.finishAll() }
    let reloadRequests = ReloadRequests()
    let board = StatusBoard()
    // The sinks whose last delivery failed, so that an outage is logged once.
    var failingSinks: Set<String> = []
    // Half the interval, as sd_watchdog_enabled(3) advises; the ping itself comes from the
    // event loop, so that it proves the state owner alive, not just the timer.
    let watchdog = watchdogInterval(notifier, log).map {
      RepeatingTimer(every: $0 / 2) { post.yield(.watchdog) }
    }
    defer { watchdog?.cancel() }

    // A start that cannot plan ends the service with its error, so that repayd exits non-zero
    // and systemd sees a failed start rather than a clean stop.
    var startFailure: StoreError?
    await withDiscardingTaskGroup { group in
      let deliverySinks = sinks(writer) + (desktop.map { [$0] } ?? [])
      let queue = DeliveryQueue(sinks: deliverySinks, clock: { [clock] in clock.now() })
      group.addTask {
        await queue.run(batches) { post.yield(.delivered($0)) }
        post.yield(.deliveriesFinished)
      }
      group.addTask {
        var signals: [UnixSignal] = [.sighup]
        if clockChangeTrigger { signals.append(.sigusr1) }
        for await signal in await UnixSignalsSequence(trapping: signals) {
          if signal != .sighup {
            post.yield(.clockChanged)
          } else if reloadRequests.request() {
            post.yield(.reload)
          }
        }
      }
      if let desktop {
        group.addTask {
          for await action in desktop.actions { post.yield(.desktopAction(action)) }
        }
      }

      func notify(_ notification: ServiceNotification) { self.notify(notifier, notification, log) }
      func handOver(_ due: [QueuedNotice]) {
        if !due.isEmpty {
          logger.info("\(log.delivering(due.count))")
          enqueue.yield(due)
        }
        timer.arm(at: planner.nextWake)
        // Without a configuration, what to do about it is all there is to say.
        notify(.status(status.missing?.hint(in: writer.language) ?? planner.status()))
      }
      func planFailed(_ error: StoreError) {
        logger.error("\(log.cannotPlan(error.message(in: writer.language), retried: true))")
      }
      // The whole household, or with `loan` that loan's notices alone.
      func plan(_ reason: DaemonLogText.PlanReason, onlyLoan loan: String? = nil) {
        do throws(StoreError) {
          if let loan {
            handOver(try planner.replan(loan: loan, now: clock.now()))
          } else {
            handOver(try planner.plan(now: clock.now()))
            FreedMemory.release()
          }
          logger.info("\(log.planned(reason, ahead: planner.pendingCount))")
        } catch {
          planFailed(error)
        }
      }
      // Set once the control socket is served, so that a reload can hand it the new access rule.
      var controlServer: ControlServer<DaemonControl>?
      func reload() -> ReloadOutcome {
        let outcome = self.reload(into: planner, status: &status, log: log)
        if case .success = outcome {
          writer = NoticeWriter(language: status.configuration.language ?? localeLanguage)
          for sink in deliverySinks { sink.reconfigure(for: status.configuration, writer: writer) }
          // Through the server's own lock: the server never reads the state owner's configuration.
          controlServer?.changeAccess(
            allowedUserIDs: Set(status.configuration.allowedUIDs),
            maximumConnections: status.configuration.maxConnections)
          if controlServer != nil { warnIfLimited(status.configuration.maxConnections, log) }
          hub.publish(Control.WatchEvent(kind: .reload, at: InstantText.format(microseconds: clock.now())))
          refreshFeed("reload")
        }
        return outcome
      }
      // A control call or a desktop button: answered from the state now, and, when it changed
      // what is due, planned again; a payment that settles an occurrence says so.
      // The timer fired, or a notice came due while calls were queued: what is due goes out.
      func wake() {
        do throws(StoreError) {
          handOver(try planner.wake(now: clock.now()))
        } catch {
          planFailed(error)
        }
      }
      func desk() -> ControlDesk {
        ControlDesk(
          configuration: status.configuration, store: store, now: clock.now(), language: writer.language,
          status: status, next: planner.nextReminder(), wake: planner.nextWake)
      }
      // The calendar feed, when the configuration names one: rewritten whole from the state now.
      func refreshFeed(_ reason: String) {
        guard let path = status.configuration.icsFeed else { return }
        let desk = desk()
        do {
          let document = try desk.calendarDocument(
            from: CalendarFeed.start(today: desk.today), days: CalendarFeed.days)
          try CalendarFeed(path: path).replace(with: document.text(now: desk.now))
          logger.info("\(log.feedWritten(path, after: reason, events: document.events.count))")
        } catch {
          logger.error("\(log.feedNotWritten(path, after: reason, error: "\(error)"))")
        }
      }
      func answer(_ call: ControlCall) {
        let desk = desk()
        guard let change = call.answer(desk) else { return }
        hub.publish(change.event)
        // Its occurrences' notices now wait for the snooze's end: what shows them goes.
        if let loan = change.quieted { desktop?.withdraw(loan: loan) }
        guard let scope = change.replans else { return }
        refreshFeed(change.event.kind.rawValue)
        switch scope {
        case .loan(let loan): plan(.control(change.event.kind.rawValue), onlyLoan: loan)
        case .household: plan(.control(change.event.kind.rawValue))
        }
        if let settled = change.settled {
          do throws(StoreError) {
            if let notice = try planner.settledNotice(of: settled, now: clock.now()) { handOver([notice]) }
          } catch {
            planFailed(error)
          }
        }
      }

      do throws(StoreError) {
        handOver(try planner.plan(now: clock.now()))
        // The start's reading and planning freed much more than the daemon keeps.
        FreedMemory.release()
      } catch {
        logger.critical("\(log.cannotPlan(error.message(in: writer.language), retried: false))")
        startFailure = error
        enqueue.finish()
        group.cancelAll()
        return
      }
      logger.info("\(log.planned(.start, ahead: planner.pendingCount))")
      refreshFeed("start")
      if let controlSocket {
        // One event-loop thread: a control socket has little to do, and each idle thread costs
        // memory. Set before the group is first made.
        NIOSingletons.groupLoopCountSuggestion = 1
        let handler = DaemonControl(
          post: post, hub: hub, clock: clock, language: writer.language, board: board)
        // Ready means serving: READY=1 waits until the socket listens (or failed to).
        let (listening, listened) = AsyncStream.makeStream(of: Void.self)
        warnIfLimited(configuration.maxConnections, log)
        let server = ControlServer(
          listener: controlSocket, handler: handler,
          configuration: ControlServerConfiguration(
            allowedUserIDs: Set(configuration.allowedUIDs), maximumConnections: configuration.maxConnections),
          logger: logger, listening: { listened.finish() },
          // Each reply moves the release a second later, so that it comes once the calls stop.
          replied: { quietTimer.arm(at: clock.now() + Self.quietAfterCalls) })
        controlServer = server
        group.addTask { [log] in
          // The connections' tasks (decoding calls, answering those that only read, encoding
          // replies) on an executor of their own: on the state owner's, a long reply held up
          // every notice due meanwhile.
          await withTaskExecutorPreference(DaemonExecutor(label: "repayd.control")) {
            do {
              try await server.run()
            } catch {
              logger.error("\(log.controlSocketStopped("\(error)"))")
            }
          }
          listened.finish()
        }
        for await _ in listening {}
      }
      notify(.ready)

      await withGracefulShutdownHandler {
        for await event in events {
          // The next `GetStatus` posts the status again.
          if event.mayChangeStatus { board.takeDown() }
          switch event {
          case .wake:
            wake()
          case .clockChanged:
            plan(.clockSet)
          case .zoneChanged:
            _ = reload()
            plan(.zoneChanged)
          case .reload:
            reloadRequests.begin()
            notify(.reloading(monotonicMicroseconds: UInt64(clock.monotonic())))
            _ = reload()
            plan(.reread)
            notify(.ready)
          case .reloadAsked(let reply):
            notify(.reloading(monotonicMicroseconds: UInt64(clock.monotonic())))
            let outcome = reload()
            plan(.reread)
            notify(.ready)
            reply(outcome)
          case .control(let call):
            // A call never holds up a notice: one that came due while calls queued up behind
            // each other goes out first (its own `.wake` then finds nothing left to do).
            if clock.now() >= planner.nextWake {
              board.takeDown()
              wake()
            }
            answer(call)
          case .callsQuieted:
            FreedMemory.release()
          case .desktopAction(let action) where action.event == .invoked(.details):
            do throws(ControlError) {
              desktop?.post(try desk().details(of: action.occurrence, writer: writer))
            } catch {
              logger.warning(
                "\(log.detailsFailed(loan: action.occurrence.loan, due: action.occurrence.due, error: error.name))"
              )
            }
          case .desktopAction(let action):
            if let call = ControlCall.desktop(action, logger: logger) { answer(call) }
          case .watchdog:
            notify(.watchdog)
          case .delivered(let outcomes):
            for outcome in outcomes {
              // Once per outage of a sink (no session bus, say), not once per notice.
              for failure in outcome.failures where failingSinks.insert(failure.sink).inserted {
                logger.notice(
                  "\(log.deliveryFailed(subject: outcome.key.subject, stage: outcome.key.stage, failure: failure.description))"
                )
              }
              failingSinks.subtract(outcome.sinks)
            }
            do throws(StoreError) {
              try planner.record(outcomes)
            } catch {
              // Not recorded: the next plan offers them again (at-least-once).
              logger.error("\(log.cannotRecord(error.message(in: writer.language)))")
            }
            for outcome in outcomes where outcome.arrived {
              hub.publish(Control.WatchEvent(delivered: outcome))
            }
            // What no sink took is tried again soon: the planner moved its next plan closer.
            timer.arm(at: planner.nextWake)
          case .shutdown:
            notify(.stopping)
            timer.arm(at: nil)
            enqueue.finish()
          case .deliveriesFinished:
            // Calls that came after the last event are answered that repayd stopped, so that
            // no client waits for an answer that will not come.
            post.finish()
            for await late in events {
              switch late {
              case .control(let call): call.refuse()
              case .reloadAsked(let reply): reply(.failure(DaemonControl.stopping(in: writer.language)))
              default: break
              }
            }
            desktop?.close()
            group.cancelAll()
            return
          }
          // The stream hands over queued events without suspending, so without this a queue of
          // calls would keep the other tasks on the daemon's one serial executor (the delivery
          // queue's loop, which hands the sinks what is due) waiting until it ran dry.
          await Task.yield()
        }
      } onGracefulShutdown: {
        post.yield(.shutdown)
      }
    }
    if let startFailure { throw startFailure }
  }

  /// Reads the configuration again and puts it in force when it is valid; when it is not, logs
  /// every error at its place and keeps the one in force. Records the outcome in `status`.
  private func reload(into planner: ReminderPlanner, status: inout DaemonStatus, log: DaemonLogText)
    -> ReloadOutcome
  {
    guard let reread else {
      logger.notice("\(log.demoHasNoFile)")
      return .success(Control.ReloadReply(configuration: status.configurationRecord))
    }
    let report = reread()
    for diagnostic in report.diagnostics {
      logger.log(level: diagnostic.severity == .error ? .error : .warning, "\(diagnostic.description)")
    }
    let outcome = status.reloaded(report, now: clock.now())
    guard let configuration = report.configuration else {
      logger.error("\(log.newConfigurationHasErrors)")
      return outcome
    }
    planner.replace(
      configuration: configuration, writer: NoticeWriter(language: configuration.language ?? localeLanguage))
    return outcome
  }

  /// A watch made by `make`, or nil with a warning when it cannot be made: repayd then runs
  /// without noticing `what`, as it would without inotify or timerfd.
  private func watch(
    _ what: String, _ log: DaemonLogText, _ make: () throws(SystemdCallError) -> ChangeSource
  ) -> ChangeSource? {
    do {
      return try make()
    } catch {
      logger.warning("\(log.cannotWatch(what, error: "\(error)"))")
      return nil
    }
  }

  /// Warns when the open-file limit lowers the `max_connections` the configuration asks for.
  private func warnIfLimited(_ configured: Int, _ log: DaemonLogText) {
    let connections = FileDescriptorLimit.connections(allowedBy: configured)
    guard connections < configured else { return }
    logger.warning(
      "\(log.connectionsLimited(to: connections, configured: configured, openFiles: FileDescriptorLimit.soft() ?? 0))"
    )
  }

  /// The interval systemd's watchdog asks for, nil when it asks for none.
  private func watchdogInterval(_ notifier: ServiceNotifier, _ log: DaemonLogText) -> Duration? {
    do {
      return try notifier.watchdogInterval()
    } catch {
      logger.warning("\(log.cannotReadWatchdog("\(error)"))")
      return nil
    }
  }

  /// Tells systemd `notification`; a failure is logged, never fatal (systemd may be gone).
  private func notify(_ notifier: ServiceNotifier, _ notification: ServiceNotification, _ log: DaemonLogText)
  {
    do {
      try notifier.notify(notification)
    } catch {
      logger.warning("\(log.cannotNotify("\(error)"))")
    }
  }
}
