#if canImport(Glibc)
  import Glibc
#endif

/// Where the control server listens: a socket it creates at a path, or one it inherited from
/// systemd's socket activation.
public enum ControlListener: Hashable, Sendable {
  /// A Unix socket at this path: its directory is created with mode 0700 where missing, a stale
  /// socket file is removed, and the socket gets mode 0600.
  case path(String)
  /// A listening socket already bound, such as one passed by socket activation.
  case descriptor(Int32)

  /// The name the socket unit gives the control socket (`FileDescriptorName=control`).
  public static let activationName = "control"

  /// The activated control socket when systemd passed one to this process (named `control`, or
  /// the only one), marked close-on-exec as `sd_listen_fds` does, so that hooks do not inherit
  /// it; else the socket at `path`.
  public static func activated(
    environment: [String: String], processID: Int32 = getpid(), otherwise path: String
  ) -> ControlListener {
    guard
      let socket = SocketActivation(environment: environment, processID: processID).socket(
        named: activationName)
    else { return .path(path) }
    _ = fcntl(socket.descriptor, F_SETFD, FD_CLOEXEC)
    return .descriptor(socket.descriptor)
  }
}
