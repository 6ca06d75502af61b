import CSystemd

#if canImport(Glibc)
  import Glibc
#endif

/// The one gate to libsystemd (and to the C wrappers of `CSystemd`): every call goes through
/// here, and nowhere else in the package imports `CSystemd`.
///
/// libsystemd reports failure as a negative errno value in the return value (it does not set
/// `errno`), so each call's result passes through `check(_:_:)`, which turns it into a
/// `SystemdCallError` naming the call. One place for that mapping means no caller can forget it or
/// read a stale `errno` instead.
enum LibSystemd {
  /// `sd_journal_sendv(iovecs, count)`: one journal entry of `NAME=value` fields.
  @inline(never)
  static func journalSendv(_ fields: UnsafePointer<iovec>, count: Int) throws(SystemdCallError) {
    try check("sd_journal_sendv", sd_journal_sendv(fields, Int32(count)))
  }

  /// `sd_notify(0, state)`: true when the message was sent, false when `NOTIFY_SOCKET` is unset
  /// (libsystemd's 0), which is how a process not started by systemd is meant to be told apart.
  @inline(never)
  static func notify(_ state: String) throws(SystemdCallError) -> Bool {
    // unset_environment 0: the variable must stay for every later message (STATUS=, WATCHDOG=1).
    try check("sd_notify", state.withCString { sd_notify(0, $0) }) > 0
  }

  /// `sd_watchdog_enabled(0, &usec)`: the interval in microseconds when systemd asked this
  /// process for keep-alive pings, nil when it did not.
  @inline(never)
  static func watchdogEnabled() throws(SystemdCallError) -> UInt64? {
    var microseconds: UInt64 = 0
    let enabled = try check("sd_watchdog_enabled", sd_watchdog_enabled(0, &microseconds))
    return enabled > 0 ? microseconds : nil
  }

  /// `getsockopt(SO_PEERCRED)` through the C wrapper, since Swift's Glibc module lacks `struct
  /// ucred`: who is at the other end of the connected Unix socket `descriptor`.
  @inline(never)
  static func peerCredentials(of descriptor: Int32) throws(SystemdCallError) -> csystemd_peer_credentials {
    var credentials = csystemd_peer_credentials()
    try check("getsockopt(SO_PEERCRED)", csystemd_get_peer_credentials(descriptor, &credentials))
    return credentials
  }

  @discardableResult
  private static func check(_ call: StaticString, _ result: Int32) throws(SystemdCallError) -> Int32 {
    if result < 0 { throw SystemdCallError(call: "\(call)", errorNumber: -result) }
    return result
  }
}
