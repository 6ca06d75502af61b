import Logging
import RepayConfig
import RepayCore
import RepayDelivery
import RepayStore
import ServiceLifecycle
import Systemd
import UnixSignals

/// The long-running part of repayd: one task owns the planner and handles every event in turn
/// (the timer's wake-ups, a change of the clock, SIGHUP, the watchdog, the delivery queue's
/// reports, the shutdown), while the delivery queue and the event sources run beside it.
/// Nothing else touches the planner, the timeline or the store.
public struct ReminderService: Service {
  /// The configuration in force at the start.
  public let configuration: Configuration
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

  /// A service with these parts.
  public init(
    configuration: Configuration,
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
    let failedToRead: @Sendable (SystemdCallError) -> Void = { [logger] in
      logger.error("cannot read a watch: \($0)")
    }
    let clockSource = watch("changes of the clock") { () throws(SystemdCallError) in
      try ChangeSource.clock(changed: { post.yield(.clockChanged) }, failed: failedToRead)
    }
    defer { clockSource?.cancel() }
    // The system's zone file, when the zone is the system's: a change of it re-reads the
    // configuration (whose zone is then the new one) and plans again.
    let zoneSource = configuration.systemZoneFile.flatMap { path in
      watch(path) { () throws(SystemdCallError) in
        try ChangeSource.file(path, changed: { post.yield(.zoneChanged) }, failed: failedToRead)
      }
    }
    defer { zoneSource?.cancel() }
    var writer = NoticeWriter(language: configuration.language ?? localeLanguage)
    let planner = ReminderPlanner(configuration: configuration, store: store, writer: writer, since: since)
    // Half the interval, as sd_watchdog_enabled(3) advises; the ping itself comes from the
    // event loop, so that it proves the state owner alive, not just the timer.
    let watchdog = watchdogInterval(notifier).map { RepeatingTimer(every: $0 / 2) { post.yield(.watchdog) } }
    defer { watchdog?.cancel() }

    // A start that cannot plan ends the service with its error, so that repayd exits non-zero
    // and systemd sees a failed start rather than a clean stop.
    var startFailure: StoreError?
    await withDiscardingTaskGroup { group in
      let queue = DeliveryQueue(sinks: sinks(writer), clock: { [clock] in clock.now() })
      group.addTask {
        await queue.run(batches) { post.yield(.delivered($0)) }
        post.yield(.deliveriesFinished)
      }
      group.addTask {
        var signals: [UnixSignal] = [.sighup]
        if clockChangeTrigger { signals.append(.sigusr1) }
        for await signal in await UnixSignalsSequence(trapping: signals) {
          post.yield(signal == .sighup ? .reload : .clockChanged)
        }
      }

      func handOver(_ due: [QueuedNotice]) {
        if !due.isEmpty {
          logger.info("delivering \(due.count) notice(s)")
          enqueue.yield(due)
        }
        timer.arm(at: planner.nextWake)
        notify(notifier, .status(planner.status()))
      }
      func planFailed(_ error: StoreError) {
        logger.error("cannot plan: \(error.message(in: writer.language)); trying again at the next event")
      }
      func plan(_ reason: String) {
        do throws(StoreError) {
          handOver(try planner.plan(now: clock.now()))
          FreedMemory.release()
          logger.info("\(reason): \(planner.pendingCount) notice(s) ahead")
        } catch {
          planFailed(error)
        }
      }

      do throws(StoreError) {
        handOver(try planner.plan(now: clock.now()))
        // The start's reading and planning freed much more than the daemon keeps.
        FreedMemory.release()
      } catch {
        logger.critical("cannot plan: \(error.message(in: writer.language))")
        startFailure = error
        enqueue.finish()
        group.cancelAll()
        return
      }
      logger.info("planned: \(planner.pendingCount) notice(s) ahead")
      notify(notifier, .ready)

      await withGracefulShutdownHandler {
        for await event in events {
          switch event {
          case .wake:
            do throws(StoreError) {
              handOver(try planner.wake(now: clock.now()))
            } catch {
              planFailed(error)
            }
          case .clockChanged:
            plan("the clock was set; planned again")
          case .zoneChanged:
            if let newWriter = reload(into: planner) { writer = newWriter }
            plan("the system's time zone changed; planned again")
          case .reload:
            notify(notifier, .reloading(monotonicMicroseconds: UInt64(clock.monotonic())))
            if let newWriter = reload(into: planner) { writer = newWriter }
            plan("configuration read again")
            notify(notifier, .ready)
          case .watchdog:
            notify(notifier, .watchdog)
          case .delivered(let outcomes):
            for outcome in outcomes where !outcome.failures.isEmpty {
              logger.warning(
                "delivery of \(outcome.key.subject) \(outcome.key.stage.rawValue): \(outcome.failures)")
            }
            do throws(StoreError) {
              try planner.record(outcomes)
            } catch {
              // Not recorded: the next plan offers them again (at-least-once).
              logger.error("cannot record deliveries: \(error.message(in: writer.language))")
            }
          case .shutdown:
            notify(notifier, .stopping)
            timer.arm(at: nil)
            enqueue.finish()
          case .deliveriesFinished:
            group.cancelAll()
            return
          }
        }
      } onGracefulShutdown: {
        post.yield(.shutdown)
      }
    }
    if let startFailure { throw startFailure }
  }

  /// Reads the configuration again and puts it in force when it is valid; when it is not, logs
  /// every error at its place and keeps the one in force. Returns the new notices' writer.
  private func reload(into planner: ReminderPlanner) -> NoticeWriter? {
    guard let reread else {
      logger.notice("the demo household has no configuration file to read again")
      return nil
    }
    let report = reread()
    for diagnostic in report.diagnostics {
      logger.log(level: diagnostic.severity == .error ? .error : .warning, "\(diagnostic.description)")
    }
    guard let configuration = report.configuration else {
      logger.error("the new configuration has errors; the one in force stays")
      return nil
    }
    // The sinks keep the language they started with until the next start; the notices follow
    // the new configuration at once.
    let writer = NoticeWriter(language: configuration.language ?? localeLanguage)
    planner.replace(configuration: configuration, writer: writer)
    return writer
  }

  /// A watch made by `make`, or nil with a warning when it cannot be made: repayd then runs
  /// without noticing `what`, as it would without inotify or timerfd.
  private func watch(_ what: String, _ make: () throws(SystemdCallError) -> ChangeSource) -> ChangeSource? {
    do {
      return try make()
    } catch {
      logger.warning("cannot watch \(what): \(error); planning goes on without it")
      return nil
    }
  }

  /// The interval systemd's watchdog asks for, nil when it asks for none.
  private func watchdogInterval(_ notifier: ServiceNotifier) -> Duration? {
    do {
      return try notifier.watchdogInterval()
    } catch {
      logger.warning("cannot read the watchdog setting: \(error)")
      return nil
    }
  }

  /// Tells systemd `notification`; a failure is logged, never fatal (systemd may be gone).
  private func notify(_ notifier: ServiceNotifier, _ notification: ServiceNotification) {
    do {
      try notifier.notify(notification)
    } catch {
      logger.warning("cannot notify systemd: \(error)")
    }
  }
}
