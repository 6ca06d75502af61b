/// A subscription to messages on a `SessionBus`: while it lives, each message that matches is
/// handed to its handler, from within the bus's `process()` (or a method call) on the bus's
/// queue. Releasing it ends the subscription.
final class BusMatch {
  private let handler: (BusMessage) -> Void
  /// libsystemd's `sd_bus_slot *`, set once the match is installed.
  private var slot: OpaquePointer?

  private init(handler: @escaping (BusMessage) -> Void) {
    self.handler = handler
  }

  deinit {
    if let slot { LibSystemd.slotRelease(slot) }
  }

  /// Signals from `sender` on `path` of `interface.member` (`sd_bus_match_signal`).
  static func signal(
    on bus: SessionBus, sender: String, path: String, interface: String, member: String,
    handler: @escaping (BusMessage) -> Void
  ) throws(SystemdCallError) -> BusMatch {
    let match = BusMatch(handler: handler)
    match.slot = try LibSystemd.busMatchSignal(
      bus.handle, sender: sender, path: path, interface: interface, member: member, match: match)
    return match
  }

  /// Messages that match `rule`, in the bus's match-rule syntax (`sd_bus_add_match`).
  static func rule(
    _ rule: String, on bus: SessionBus, handler: @escaping (BusMessage) -> Void
  ) throws(SystemdCallError) -> BusMatch {
    let match = BusMatch(handler: handler)
    match.slot = try LibSystemd.busAddMatch(bus.handle, rule: rule, match: match)
    return match
  }

  /// Called by the gate's C callback with a message sd-bus lends.
  func receive(_ message: OpaquePointer) {
    handler(BusMessage(lent: message))
  }
}
