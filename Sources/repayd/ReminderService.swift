import Logging
import RepayCore
import RepayDelivery
import RepayStore
import ServiceLifecycle
import Systemd

/// The long-running part of repayd: one task owns the planner and handles every event in turn
/// (the timer's wake-ups, the delivery queue's reports, the shutdown), while the delivery queue
/// runs beside it. Nothing else touches the planner, the timeline or the store.
struct ReminderService: Service {
  /// The configuration in force.
  let configuration: Configuration
  /// The state database.
  let store: StateStore
  /// Writes the notices, in the configured language.
  let writer: NoticeWriter
  /// Where notices go.
  let sinks: [any NoticeSink]
  /// Stages planned at or before this instant are never caught up.
  let since: Int64
  /// The one reader of the clock.
  let clock: SystemClock
  /// The daemon's own log.
  let logger: Logger

  /// Plans, arms the timer, tells systemd it is ready, then handles events until a graceful
  /// shutdown, which finishes the deliveries in flight and records them before returning.
  func run() async throws {
    let (events, post) = AsyncStream.makeStream(of: DaemonEvent.self)
    let (batches, enqueue) = AsyncStream.makeStream(of: [QueuedNotice].self)
    let timer = WallClockTimer { post.yield(.wake) }
    defer { timer.cancel() }
    let queue = DeliveryQueue(sinks: sinks, clock: { [clock] in clock.now() })
    let notifier = ServiceNotifier()
    let planner = ReminderPlanner(configuration: configuration, store: store, writer: writer, since: since)

    await withDiscardingTaskGroup { group in
      group.addTask {
        await queue.run(batches) { post.yield(.delivered($0)) }
        post.yield(.deliveriesFinished)
      }
      func handOver(_ due: [QueuedNotice]) {
        if !due.isEmpty {
          logger.info("delivering \(due.count) notice(s)")
          enqueue.yield(due)
        }
        timer.arm(at: planner.nextWake == .max ? nil : planner.nextWake)
        notify(notifier, .status(planner.status()))
      }

      do throws(StoreError) {
        handOver(try planner.plan(now: clock.now()))
      } catch {
        logger.critical("cannot plan: \(error.message(in: writer.language))")
        enqueue.finish()
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
              logger.error("cannot plan: \(error.message(in: writer.language)); retrying at the next wake-up")
            }
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
            return
          }
        }
      } onGracefulShutdown: {
        post.yield(.shutdown)
      }
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
