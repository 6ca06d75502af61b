#if canImport(Glibc)
  import Glibc
#endif

/// How a child process ended: `exit` with a status, or a signal.
public enum ProcessTermination: Hashable, Sendable {
  /// It exited with this status (0 to 255).
  case exited(Int32)
  /// A signal (`SIGKILL`'s 9) ended it.
  case signalled(Int32)

  /// The ending `waitpid` reported as `status`. Swift's Glibc module lacks the `WIFEXITED`
  /// family of macros, so this decodes Linux's layout as they do: the low seven bits hold the
  /// signal, 0 for an exit, whose status is in the next eight bits.
  init(waitStatus status: Int32) {
    let signal = status & 0x7f
    self = signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
  }

  /// Whether the child succeeded: it exited with status 0.
  public var succeeded: Bool { self == .exited(0) }

  /// The C library's name of a signal, e.g. `Killed` for 9, `Terminated` for 15.
  public static func signalName(_ signal: Int32) -> String {
    strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
  }
}
