/// A connection to a D-Bus session bus through sd-bus, for the desktop's notification server.
///
/// It runs no thread of its own and never blocks but in a method call (`NotificationClient`):
/// its owner watches `fileDescriptor()` for `events()` (`POLLIN`, and `POLLOUT` while output is
/// queued) and until `timeout()`, and calls `process()` when one of them is due, until it
/// returns false. While nothing is pending the timeout is nil, so an idle connection causes no
/// wake-up at all.
///
/// sd-bus objects are not thread-safe: a `SessionBus` and everything made from it must be used
/// from one serial queue only. Closing happens when the last reference goes.
public final class SessionBus {
  /// libsystemd's `sd_bus *`.
  let handle: OpaquePointer

  /// Connects to the session bus at `address` (a D-Bus address, `unix:path=...`), or, when nil,
  /// where `sd_bus_open_user` finds it: `DBUS_SESSION_BUS_ADDRESS`, else
  /// `$XDG_RUNTIME_DIR/bus`. Throws when no bus is there (`sd_bus_start` or `sd_bus_open_user`
  /// with `ENOENT` or `ECONNREFUSED`; `ENOMEDIUM` when neither variable is set).
  public init(address: String? = nil) throws(SystemdCallError) {
    if let address {
      handle = try LibSystemd.busOpen(address: address)
    } else {
      handle = try LibSystemd.busOpenUser()
    }
  }

  deinit {
    LibSystemd.busClose(handle)
  }

  /// Whether the connection still stands: false once the bus went away and `process()` or a
  /// call noticed.
  public var isOpen: Bool { LibSystemd.busIsOpen(handle) }

  /// The descriptor to watch, owned by the connection (it is closed with it, or when the bus
  /// goes away: a watcher that outlives a step should watch a duplicate).
  public func fileDescriptor() throws(SystemdCallError) -> Int32 {
    try LibSystemd.busDescriptor(handle)
  }

  /// The `poll(2)` events to wait for on `fileDescriptor()`.
  public func events() throws(SystemdCallError) -> Int32 {
    try LibSystemd.busEvents(handle)
  }

  /// The CLOCK_MONOTONIC instant, in microseconds, by which `process()` must run even if the
  /// descriptor stays quiet; nil when there is none (nothing pending).
  public func timeout() throws(SystemdCallError) -> UInt64? {
    let microseconds = try LibSystemd.busTimeout(handle)
    return microseconds == UInt64.max ? nil : microseconds
  }

  /// One step of work: reads and dispatches one message (a subscribed signal reaches its
  /// handler here), or writes queued output. True when it did something, so that the caller
  /// calls it again; false when there is nothing more for now. Throws when the connection
  /// failed (`ECONNRESET`, `ENOTCONN` once it is closed).
  public func process() throws(SystemdCallError) -> Bool {
    try LibSystemd.busProcess(handle)
  }

  /// Blocks until all queued output is written: for a caller that would otherwise have to
  /// wait for `POLLOUT`.
  public func flush() throws(SystemdCallError) {
    try LibSystemd.busFlush(handle)
  }
}
