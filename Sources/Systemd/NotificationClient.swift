/// The client side of the freedesktop notification specification: calls to the desktop's
/// notification server (`org.freedesktop.Notifications` at `/org/freedesktop/Notifications` on
/// the session bus) and its signals, through sd-bus.
///
/// Each call waits for the server's reply (at most `callTimeout`) on the caller's thread, which
/// must be the bus's queue; signals that arrive meanwhile are queued by sd-bus and reach the
/// subscription's handler in the next `SessionBus.process()`, so the owner processes after each
/// call. Errors name the call with its member (`sd_bus_call(Notify)`) and carry the D-Bus
/// error, e.g. `org.freedesktop.DBus.Error.ServiceUnknown` when no server runs.
public struct NotificationClient {
  /// The server's well-known bus name, and its interface's name.
  public static let busName = "org.freedesktop.Notifications"
  /// The server's object path.
  public static let objectPath = "/org/freedesktop/Notifications"
  /// How long a call waits for the server's reply: a live server answers at once, and a hung one
  /// must not hold the caller for sd-bus's default of 25 s.
  public static let callTimeout: Duration = .seconds(10)

  /// The connection the calls go through.
  public let bus: SessionBus

  /// A client on `bus`.
  public init(bus: SessionBus) {
    self.bus = bus
  }

  /// `GetCapabilities`: what the server supports, e.g. `actions`, `body`, `body-markup`.
  public func capabilities() throws(SystemdCallError) -> [String] {
    try call("GetCapabilities") { _ throws(SystemdCallError) in }.readStrings()
  }

  /// `Notify`: shows `request` (or replaces the notification `request.replacesID` in place) and
  /// returns the notification's id, the same id when it replaced one that is still there.
  public func notify(_ request: NotificationRequest) throws(SystemdCallError) -> UInt32 {
    try call("Notify") { message throws(SystemdCallError) in
      try message.append(request.appName)
      try message.append(request.replacesID)
      try message.append(request.icon)
      try message.append(request.summary)
      try message.append(request.body)
      // Actions are a flat list: key, label, key, label, ...
      try message.appendContainer("a", contents: "s") { () throws(SystemdCallError) in
        for action in request.actions {
          try message.append(action.key)
          try message.append(action.label)
        }
      }
      try message.appendContainer("a", contents: "{sv}") { () throws(SystemdCallError) in
        try message.appendContainer("e", contents: "sv") { () throws(SystemdCallError) in
          try message.append("urgency")
          try message.appendContainer("v", contents: "y") { () throws(SystemdCallError) in
            try message.append(request.urgency)
          }
        }
      }
      try message.append(request.expireTimeout)
    }.readUInt32()
  }

  /// `CloseNotification`: closes the notification `id`; the server then signals
  /// `NotificationClosed` with `closedByCall` (a server may also answer with an error for an id it
  /// no longer shows).
  public func closeNotification(_ id: UInt32) throws(SystemdCallError) {
    _ = try call("CloseNotification") { message throws(SystemdCallError) in try message.append(id) }
  }

  /// Calls `handler` with each `ActionInvoked` and `NotificationClosed` signal of the server,
  /// and with `serverChanged` when the bus name changes hands, until the returned subscription
  /// is released. A signal whose arguments are not as the specification says is ignored.
  public func subscribe(
    _ handler: @escaping (NotificationSignal) -> Void
  ) throws(SystemdCallError) -> NotificationSubscription {
    let actions = try BusMatch.signal(
      on: bus, sender: Self.busName, path: Self.objectPath, interface: Self.busName, member: "ActionInvoked"
    ) { message in
      guard let id = try? message.readUInt32(), let key = try? message.readString() else { return }
      handler(.actionInvoked(id: id, key: key))
    }
    let closings = try BusMatch.signal(
      on: bus, sender: Self.busName, path: Self.objectPath, interface: Self.busName,
      member: "NotificationClosed"
    ) { message in
      guard let id = try? message.readUInt32(), let reason = try? message.readUInt32() else { return }
      handler(.closed(id: id, reason: NotificationCloseReason(rawValue: reason) ?? .undefined))
    }
    let owner = try BusMatch.rule(
      "type='signal',sender='org.freedesktop.DBus',path='/org/freedesktop/DBus',"
        + "interface='org.freedesktop.DBus',member='NameOwnerChanged',arg0='\(Self.busName)'",
      on: bus
    ) { _ in handler(.serverChanged) }
    return NotificationSubscription(matches: [actions, closings, owner])
  }

  /// Calls `member` with the arguments `arguments` appends, and returns the reply.
  private func call(
    _ member: String, arguments: (BusMessage) throws(SystemdCallError) -> Void
  ) throws(SystemdCallError) -> BusMessage {
    let message = try BusMessage(
      callTo: Self.busName, path: Self.objectPath, interface: Self.busName, member: member, on: bus)
    try arguments(message)
    let (seconds, attoseconds) = Self.callTimeout.components
    let microseconds = UInt64(seconds) * 1_000_000 + UInt64(attoseconds / 1_000_000_000_000)
    return BusMessage(
      taking: try LibSystemd.busCall(
        bus.handle, message.handle, member: member, timeoutMicroseconds: microseconds))
  }
}
