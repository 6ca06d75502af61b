import NIOCore
import NIOPosix
import RepayCore

/// The limits and the access rule of the control socket, and who the service says it is.
public struct ControlServerConfiguration: Sendable {
  /// Users besides the server's own that may connect (`allowed_uids`) when the server starts;
  /// root is not special. `ControlServer.changeAccess` changes it while the server runs.
  public var allowedUserIDs: Set<UInt32>
  /// Clients at once (`max_connections`) when the server starts; one more is answered
  /// `TooManyConnections` and closed. `ControlServer.changeAccess` changes it while it runs.
  public var maximumConnections: Int
  /// A connection with no call in progress for this long is closed, and so is one whose reply
  /// the client has not taken for this long. A `Watch` in progress is a call in progress.
  public var idleTimeout: TimeAmount
  /// The longest message accepted, its NUL included; a longer one is answered `MessageTooLarge`
  /// and the connection closed.
  public var messageLimit: Int
  /// What `org.varlink.service.GetInfo` answers, but for the interfaces (the server lists them).
  public var vendor: String
  /// The product's name.
  public var product: String
  /// The product's version.
  public var version: String
  /// Where to read about the product; empty until the project has a public page.
  public var url: String
  /// The event loops that do the socket I/O. One thread is plenty for a control socket, and
  /// its loop sleeps in `epoll_wait` without a timeout while nothing happens.
  public var eventLoopGroup: any EventLoopGroup

  /// The fixed limits (60 s, 1 MiB) and repayd's identity, with these access rules.
  public init(
    allowedUserIDs: Set<UInt32> = [],
    maximumConnections: Int = 512,
    idleTimeout: TimeAmount = .seconds(60),
    messageLimit: Int = 1 << 20,
    eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
  ) {
    self.allowedUserIDs = allowedUserIDs
    self.maximumConnections = maximumConnections
    self.idleTimeout = idleTimeout
    self.messageLimit = messageLimit
    self.vendor = "repayd"
    self.product = "repayd"
    self.version = RepayVersion.current
    self.url = ""
    self.eventLoopGroup = eventLoopGroup
  }
}
