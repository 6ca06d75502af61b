#if canImport(Glibc)
  import Glibc
#endif

/// A libsystemd call that failed: which call, and the errno value it returned (negated, as
/// libsystemd returns it), so that a log line says exactly what went wrong where.
public struct SystemdCallError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The C function that failed, e.g. `sd_journal_sendv`.
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
