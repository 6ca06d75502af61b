import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

#if canImport(Glibc)
  import Glibc
#endif

/// The control socket's server: Varlink over a Unix socket, one task per connection, each call
/// handed to a `ControlHandler`; a plain `GetStatus` is answered on the event loop when the
/// handler has a current status (`ImmediateStatusHandler`).
///
/// A service of swift-service-lifecycle: `run()` serves until a graceful shutdown, which closes
/// the listener and the idle connections at once, closes unanswered the clients that were still
/// arriving, and lets the calls in flight finish (a `Watch` ends when its handler finishes the
/// stream). While no client is connected, nothing in it wakes
/// up: the only timers are each connection's idle and reply limits, armed as NIO scheduled tasks
/// on the connection's event loop. It starts no unstructured task: each connection is a child
/// task of `run()`, so that a caller's task executor preference holds for all of them.
///
/// Its access rule (the allowed uids, the maximum of connections) starts as `configuration` says
/// and changes with `changeAccess(allowedUserIDs:maximumConnections:)`, from any thread. The
/// maximum is lowered to what the open-file limit can hold
/// (`FileDescriptorLimit.connections(allowedBy:)`). A server
/// runs once: make another to serve again.
public struct ControlServer<Handler: ControlHandler>: Service {
  /// Where it listens.
  public let listener: ControlListener
  /// What answers the calls.
  public let handler: Handler
  /// Limits, access and identity.
  public let configuration: ControlServerConfiguration
  /// Where refusals and failures are logged.
  public let logger: Logger
  /// Called once the socket listens, so that a daemon can say it is ready only then.
  public let listening: @Sendable () -> Void
  /// Called after each reply is written (from the connection's task): what the call built is
  /// freed by then.
  public let replied: @Sendable () -> Void
  private let registry: ConnectionRegistry

  /// A server for `handler` on `listener`; `listening` is called once it listens, `replied`
  /// after each reply is written.
  public init(
    listener: ControlListener, handler: Handler, configuration: ControlServerConfiguration = .init(),
    logger: Logger, listening: @escaping @Sendable () -> Void = {},
    replied: @escaping @Sendable () -> Void = {}
  ) {
    self.listener = listener
    self.handler = handler
    self.configuration = configuration
    self.logger = logger
    self.listening = listening
    self.replied = replied
    registry = ConnectionRegistry(
      owner: getuid(), allowedUserIDs: configuration.allowedUserIDs,
      maximum: FileDescriptorLimit.connections(allowedBy: configuration.maximumConnections))
  }

  /// Puts a new access rule in force (a reload's `allowed_uids` and `max_connections`), safe to
  /// call from any thread while the server runs. New connections are checked against it; open
  /// connections of a uid no longer allowed are closed (an idle one or a `Watch` at once, one
  /// answering a call after its reply), and open connections past a lower maximum stay.
  public func changeAccess(allowedUserIDs: Set<UInt32>, maximumConnections: Int) {
    registry.changeAccess(
      allowedUserIDs: allowedUserIDs, maximum: FileDescriptorLimit.connections(allowedBy: maximumConnections))
  }

  /// Binds (or takes over the inherited socket) and serves until a graceful shutdown or
  /// cancellation; throws when the socket cannot be set up.
  public func run() async throws {
    let server = try await bind(registry)
    listening()
    let connection = ControlConnection(
      dispatcher: ControlDispatcher(handler: handler, configuration: configuration),
      configuration: configuration, registry: registry, logger: logger, replied: replied)
    try await withGracefulShutdownHandler {
      try await server.executeThenClose { connections in
        await withDiscardingTaskGroup { group in
          do {
            for try await channel in connections {
              registry.take(channel.channel.channel)
              group.addTask { await connection.serve(channel) }
            }
          } catch is CancellationError {
            // The daemon is ending and its task group cancels what still runs: not a failure.
          } catch {
            logger.error("the control socket stopped accepting: \(error)")
          }
        }
        await registry.closeUnserved()
      }
    } onGracefulShutdown: {
      registry.shutDown()
      server.channel.close(promise: nil)
    }
  }

  private func bind(
    _ registry: ConnectionRegistry
  ) async throws -> NIOAsyncChannel<AcceptedConnection, Never> {
    let limit = configuration.messageLimit
    let (handler, idleTimeout) = (handler, configuration.idleTimeout)
    let bootstrap = ServerBootstrap(group: configuration.eventLoopGroup)
      .serverChannelOption(.backlog, value: 256)
    // The client is admitted here, on the event loop, before its first message can arrive: an
    // admitted connection's handler answers a status at once, even the first call, which would
    // otherwise wait for the connection's task to start and go through the state owner.
    let initializer: @Sendable (any Channel) -> EventLoopFuture<AcceptedConnection> = { channel in
      PeerCredentialsOption.credentials(of: channel).map { Optional($0.uid) }.recover { _ in nil }
        .flatMapThrowing { uid in
          try registry.accept(channel, uid: uid) { admitted in
            try channel.pipeline.syncOperations.addHandlers(
              ByteToMessageHandler(VarlinkFrameDecoder(limit: limit)),
              ImmediateStatusHandler(
                currentStatus: { handler.currentStatus() }, idleTimeout: idleTimeout, waitsAtOnce: admitted))
            return try NIOAsyncChannel(wrappingChannelSynchronously: channel)
          }
        }
    }
    switch listener {
    case .descriptor(let descriptor):
      return try await bootstrap.bind(descriptor, childChannelInitializer: initializer)
    case .path(let path):
      try UnixSocketFile.prepareDirectory(of: path)
      let server = try await bootstrap.bind(
        unixDomainSocketPath: path, cleanupExistingSocketFile: true, childChannelInitializer: initializer)
      try UnixSocketFile.restrictMode(of: path)
      return server
    }
  }
}
