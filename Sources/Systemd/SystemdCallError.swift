#if canImport(Glibc)
  import Glibc
#endif

/// A call through the gate (`LibSystemd`) that failed: which libsystemd function or system call,
/// and its errno value (libsystemd returns it negated, a system call sets `errno`), so that a log
/// line says exactly what went wrong where.
public struct SystemdCallError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The C function that failed, e.g. `sd_journal_sendv` or `timerfd_settime`.
  public var call: String
  /// The positive errno value, e.g. `ECONNREFUSED`.
  public var errorNumber: Int32

  /// An error for `call` that returned `-errorNumber`.
  public init(call: String, errorNumber: Int32) {
    self.call = call
    self.errorNumber = errorNumber
  }

  /// `CALL: TEXT (errno N)`, with the C library's text for the errno value.
  public var description: String {
    "\(call): \(String(cString: strerror(errorNumber))) (errno \(errorNumber))"
  }
}
