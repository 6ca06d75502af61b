import ControlInterface
import Logging
import RepayConfig
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore
import ServiceLifecycle
import Systemd
import UnixSignals

/// The long-running part of repayd: the runner of `DaemonCore`. One task, the state owner, hands
/// the core every event in turn (the timer's wake-ups, a change of the clock or the zone, SIGHUP,
/// the watchdog, the delivery queue's reports, control calls, desktop buttons, the shutdown) with
/// one reading of the clock, and performs the actions it returns; the delivery queue and the event
/// sources run beside it, and the control socket is a service beside it in the same group
/// (`ControlSocketService`), posting its calls to the inbox. Nothing else touches the core, or
/// writes the store (control calls that only read are answered on the control socket's own
/// executor, from the desk the core makes: `DaemonControl`).
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
  /// The events and what the services share with the control socket.
  public let inbox: DaemonInbox
  /// The control socket, serving beside this service.
  public let control: ControlSocketService
  /// The desktop sink, when notices go to the desktop too: its buttons become events.
  public let desktop: DesktopNoticeSink?
  /// Reads the configuration again on SIGHUP; nil when there is nothing to read (the demo).
  public let reread: (@Sendable () -> ConfigurationReport)?
  /// The language of notices when the configuration names none: the locale's.
  public let localeLanguage: Language
  /// The state database.
  public let store: StateStore
  /// Where notices go, besides the desktop.
  public let sinks: [any NoticeSink]
  /// Stages planned at or before this instant are never caught up.
  public let since: Int64
  /// The one reader of the clock.
  public let clock: SystemClock
  /// The daemon's own log.
  public let logger: Logger

  /// A service with these parts.
  public init(
    configuration: Configuration,
    configurationFiles: [String],
    configurationWarnings: [Diagnostic],
    demo: Bool,
    missingConfiguration: MissingConfiguration? = nil,
    startedAt: Int64,
    inbox: DaemonInbox,
    control: ControlSocketService,
    desktop: DesktopNoticeSink?,
    reread: (@Sendable () -> ConfigurationReport)?,
    localeLanguage: Language,
    store: StateStore,
    sinks: [any NoticeSink],
    since: Int64,
    clock: SystemClock,
    logger: Logger
  ) {
    self.configuration = configuration
    self.configurationFiles = configurationFiles
    self.configurationWarnings = configurationWarnings
    self.demo = demo
    self.missingConfiguration = missingConfiguration
    self.startedAt = startedAt
    self.inbox = inbox
    self.control = control
    self.desktop = desktop
    self.reread = reread
    self.localeLanguage = localeLanguage
    self.store = store
    self.sinks = sinks
    self.since = since
    self.clock = clock
    self.logger = logger
  }

  /// Plans, arms the timer, tells systemd it is ready once the control socket listens, then
  /// handles events until a graceful shutdown, which finishes the deliveries in flight and
  /// records them before returning; the calls posted after that are refused.
  public func run() async throws {
    let (events, post) = (inbox.events, inbox.post)
    let (batches, enqueue) = AsyncStream.makeStream(of: DeliveryBatch.self)
    let notifier = ServiceNotifier()
    let timer = WallClockTimer { post.yield(.wake) }
    defer { timer.cancel() }
    var core = DaemonCore(
      status: DaemonStatus(
        startedAt: startedAt, configuration: configuration, files: configurationFiles, demo: demo,
        loadedAt: startedAt, warnings: configurationWarnings, missing: missingConfiguration),
      store: store, since: since, localeLanguage: localeLanguage, reread: reread)
    let log = core.log
    // SIGHUPs, and changes of the clock, not yet acted on: a storm of either is one event.
    let (reloadRequests, clockChanges) = (PendingRequest(), PendingRequest())
    let sources = watchChanges(post: post, clockChanges: clockChanges, log: log)
    defer { for source in sources { source.cancel() } }
    let (hub, board) = (inbox.hub, inbox.board)
    defer { hub.finishAll() }
    // Half the interval, as sd_watchdog_enabled(3) advises; the ping itself comes from the
    // event loop, so that it proves the state owner alive, not just the timer.
    let watchdog = watchdogInterval(notifier, log).map {
      RepeatingTimer(every: $0 / 2) { post.yield(.watchdog) }
    }
    defer { watchdog?.cancel() }

    var startFailure: StoreError?
    await withDiscardingTaskGroup { group in
      let deliverySinks = sinks + (desktop.map { [$0] } ?? [])
      let queue = DeliveryQueue(sinks: deliverySinks, clock: { [clock] in clock.now() })
      group.addTask {
        await queue.run(batches) { post.yield(.delivered($0)) }
        post.yield(.deliveriesFinished)
      }
      group.addTask {
        for await _ in await UnixSignalsSequence(trapping: .sighup) where reloadRequests.request() {
          post.yield(.reload)
        }
      }
      if let desktop {
        group.addTask {
          for await action in desktop.actions { post.yield(.desktopAction(action)) }
        }
      }
      func perform(_ actions: [DaemonAction]) {
        for action in actions {
          switch action {
          case .armTimer(let instant): timer.arm(at: instant)
          case .deliver(let batch): enqueue.yield(batch)
          case .finishDeliveries: enqueue.finish()
          case .notify(let notification): notify(notifier, notification, core.log)
          case .publish(let event): hub.publish(event)
          case .takeDownStatus: board.takeDown()
          case .answerReload(let reply, let outcome): reply(outcome)
          case .postDesktop(let notice): desktop?.post(notice)
          case .withdrawDesktop(let loan): desktop?.withdraw(loan: loan)
          case .reconfigureSinks(let configuration, let language):
            for sink in deliverySinks { sink.reconfigure(for: configuration, language: language) }
          case .changeAccess(let allowed, let maximum):
            // Through the server's own lock: the server never reads the core's configuration.
            control.changeAccess(allowedUserIDs: allowed, maximumConnections: maximum)
            warnIfLimited(maximum, core.log)
          case .replaceFeed(let rewrite): replace(rewrite)
          case .releaseFreedMemory: FreedMemory.release()
          case .log(let level, let line): logger.log(level: level, "\(line)")
          case .stop:
            // The events already posted still come, and the core refuses them.
            post.finish()
            desktop?.close()
          case .fail(let error):
            startFailure = error
            enqueue.finish()
            group.cancelAll()
          }
        }
      }

      perform(core.start(at: clock.reading()))
      if startFailure != nil { return }
      // Ready means serving: READY=1 waits until the socket listens (or failed to).
      warnIfLimited(configuration.maxConnections, log)
      await control.waitUntilListening()
      notify(notifier, .ready, log)

      await withGracefulShutdownHandler {
        for await event in events {
          // Requests from now on ask for another: the files, or the clock, may change after they
          // are read.
          if case .reload = event { reloadRequests.begin() }
          if case .clockChanged = event { clockChanges.begin() }
          perform(core.handle(event, at: clock.reading()))
          // The stream hands over queued events without suspending, so without this a queue of
          // calls would keep the other tasks on the daemon's one serial executor (the delivery
          // queue's loop, which hands the sinks what is due) waiting until it ran dry.
          await Task.yield()
        }
      } onGracefulShutdown: {
        post.yield(.shutdown)
      }
      group.cancelAll()
    }
    if let startFailure { throw startFailure }
  }

  /// The watches of the clock being set and, when the zone is the system's, of its zone file (a
  /// change of it re-reads the configuration, whose zone is then the new one); one that cannot
  /// be made is left out with a warning.
  private func watchChanges(
    post: AsyncStream<DaemonEvent>.Continuation, clockChanges: PendingRequest, log: DaemonLogText
  ) -> [ChangeSource] {
    let failedToRead: @Sendable (SystemdCallError) -> Void = { [logger] in
      logger.error("\(log.cannotReadWatch("\($0)"))")
    }
    let clockSource = watch(log.language.text(en: "changes of the clock", zh: "时钟的调整"), log) {
      () throws(SystemdCallError) in
      try ChangeSource.clock(
        changed: { if clockChanges.request() { post.yield(.clockChanged) } }, failed: failedToRead)
    }
    let zoneSource = configuration.systemZoneFile.flatMap { path in
      watch(path, log) { () throws(SystemdCallError) in
        try ChangeSource.file(path, changed: { post.yield(.zoneChanged) }, failed: failedToRead)
      }
    }
    return [clockSource, zoneSource].compactMap { $0 }
  }

  /// Replaces the calendar feed's file as `rewrite` says, and logs how it went.
  private func replace(_ rewrite: FeedRewrite) {
    do {
      try CalendarFeed(path: rewrite.path).replace(with: rewrite.text)
      logger.info("\(rewrite.log.feedWritten(rewrite.path, after: rewrite.reason, events: rewrite.events))")
    } catch {
      logger.error("\(rewrite.log.feedNotWritten(rewrite.path, after: rewrite.reason, error: "\(error)"))")
    }
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
