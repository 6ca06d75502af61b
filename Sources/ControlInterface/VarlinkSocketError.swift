/// Why a `VarlinkSocket` could not connect, send or receive.
public enum VarlinkSocketError: Error, Hashable, Sendable {
  /// Nobody listens at the address: the socket could not be made or connected (`errno` says
  /// why: a missing socket, a refusal, a path too long).
  case unreachable(errno: Int32)
  /// No whole message came before the deadline.
  case timedOut
  /// The peer closed the connection, or a send failed.
  case disconnected
  /// The peer sent more than the message limit without ending a message.
  case messageTooLarge
}
