import Logging
import NIOCore
import RepayConfig
import RepayControl
import RepayCore
import ServiceLifecycle

/// The control socket as a service of its own beside `ReminderService` in repayd's one
/// `ServiceGroup`: it serves `io.repayd.Control`, turning each call into an event in the inbox
/// (`DaemonControl`), and runs every connection's task on an executor of its own, so that
/// answering and encoding a long reply never holds up a notice. A burst of calls is followed,
/// a second after its last reply, by `.callsQuieted`, so that the state owner gives the memory
/// the calls freed back.
///
/// A failure to serve (the socket cannot be made) is logged and ends this service alone: repayd
/// goes on reminding without a socket (run it with `successTerminationBehavior: .ignore`).
public struct ControlSocketService: Service {
  private let server: ControlServer<DaemonControl>
  private let listened: AsyncStream<Void>
  private let signalListened: AsyncStream<Void>.Continuation
  private let quietTimer: WallClockTimer
  private let logger: Logger
  private let log: DaemonLogText

  /// How long after the last reply to a control call the memory the calls freed goes back to
  /// the system (microseconds). glibc keeps freed blocks for reuse; a burst of calls with large
  /// replies (a day of 100,000 reminders is an 8 MB `ListUpcoming`) would otherwise leave the
  /// daemon tens of MiB larger until its next whole plan. One wake-up after a burst, none while idle.
  public static let quietAfterCalls: Int64 = 1_000_000

  /// A socket on `listener` for the daemon whose events go to `inbox`, with `configuration`'s
  /// access rule (the uids allowed, the most connections); refusals of calls the stopping daemon
  /// did not handle are in `language`; `clock` dates the replies' `Watch` events.
  public init(
    listener: ControlListener, inbox: DaemonInbox, configuration: Configuration, language: Language,
    clock: SystemClock, logger: Logger
  ) {
    // One event-loop thread: a control socket has little to do, and each idle thread costs
    // memory. Set before the group is first made.
    NIOSingletons.groupLoopCountSuggestion = 1
    (listened, signalListened) = AsyncStream.makeStream(of: Void.self)
    let post = inbox.post
    let quietTimer = WallClockTimer { post.yield(.callsQuieted) }
    self.quietTimer = quietTimer
    self.logger = logger
    log = DaemonLogText(language: language)
    let signalListened = signalListened
    server = ControlServer(
      listener: listener,
      handler: DaemonControl(
        post: post, hub: inbox.hub, clock: clock, language: language, board: inbox.board),
      configuration: ControlServerConfiguration(
        allowedUserIDs: Set(configuration.allowedUIDs), maximumConnections: configuration.maxConnections),
      logger: logger, listening: { signalListened.finish() },
      // Each reply moves the release a second later, so that it comes once the calls stop.
      replied: { quietTimer.arm(at: clock.now() + Self.quietAfterCalls) })
  }

  /// Serves until a graceful shutdown; logs a failure to serve and returns.
  public func run() async throws {
    defer {
      quietTimer.cancel()
      signalListened.finish()
    }
    await withTaskExecutorPreference(DaemonExecutor(label: "repayd.control")) {
      do {
        try await server.run()
      } catch {
        logger.error("\(log.controlSocketStopped("\(error)"))")
      }
    }
  }

  /// Returns once the socket listens, or failed to: what `READY=1` waits for.
  func waitUntilListening() async {
    for await _ in listened {}
  }

  /// Puts a reload's access rule in force, through the server's own lock.
  func changeAccess(allowedUserIDs: Set<UInt32>, maximumConnections: Int) {
    server.changeAccess(allowedUserIDs: allowedUserIDs, maximumConnections: maximumConnections)
  }
}
