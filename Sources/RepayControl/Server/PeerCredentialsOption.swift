import NIOCore

#if canImport(Glibc)
  import Glibc
#endif

/// The peer's uid of a connected Unix socket, read with `getsockopt(SO_PEERCRED)` through NIO's
/// `unsafeGetSocketOption`, which reads the option into a value of the type asked for.
enum PeerCredentialsOption {
  /// Glibc's `struct ucred` (pid, uid, gid: three 32-bit fields), which Swift's Glibc module does
  /// not show; `PeerCredentialsTests` tells a client of another uid from one of an allowed uid by
  /// it.
  struct Credentials: Sendable {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
  }

  /// The credentials of `channel`'s peer, as the kernel recorded them at connect time. Asked on
  /// the channel's event loop, the future is complete when it is returned.
  static func credentials(of channel: any Channel) -> EventLoopFuture<Credentials> {
    guard let provider = channel as? any SocketOptionProvider else {
      return channel.eventLoop.makeFailedFuture(ChannelError.operationUnsupported)
    }
    return provider.unsafeGetSocketOption(
      level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
  }
}
