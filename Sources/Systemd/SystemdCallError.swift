#if canImport(Glibc)
  import Glibc
#endif

/// A call through the gate (`LibSystemd`) that failed: which libsystemd function or system call,
/// and its errno value (libsystemd returns it negated, a system call sets `errno`), so that a log
/// line says exactly what went wrong where.
public struct SystemdCallError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The C function that failed, e.g. `sd_journal_sendv` or `timerfd_settime`; a D-Bus method
  /// call names its member too, e.g. `sd_bus_call(Notify)`.
  public var call: String
  /// The positive errno value, e.g. `ECONNREFUSED`.
  public var errorNumber: Int32
  /// What the other side said, when it said more than an errno value: a D-Bus error's name and
  /// message (`org.freedesktop.DBus.Error.ServiceUnknown: The name ... was not provided ...`).
  public var detail: String?

  /// An error for `call` that returned `-errorNumber`, with the other side's `detail` if any.
  public init(call: String, errorNumber: Int32, detail: String? = nil) {
    self.call = call
    self.errorNumber = errorNumber
    self.detail = detail
  }

  /// `CALL: TEXT (errno N)`, with the C library's text for the errno value, then `: DETAIL` when
  /// there is one.
  public var description: String {
    "\(call): \(String(cString: strerror(errorNumber))) (errno \(errorNumber))"
      + (detail.map { ": \($0)" } ?? "")
  }
}
