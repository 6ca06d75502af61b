import Dispatch
import RepayCore
import Systemd

/// One connection to the desktop's notification server, with what belongs to it: the
/// subscription to the server's signals, the event source that delivers them, and which
/// notification (by the server's id) shows which slot. Ids mean something to one server only,
/// so they are forgotten when the server changes hands and go with the connection.
///
/// Used on the sink's queue only (`DesktopNoticeSink`), like the bus it holds.
final class DesktopConnection {
  private let client: NotificationClient
  private var subscription: NotificationSubscription?
  private var source: BusEventSource?
  private var ids: [DesktopSlot: UInt32] = [:]
  private var slots: [UInt32: DesktopSlot] = [:]

  /// Connects to the bus at `address` (nil: the user's session bus) and subscribes to the
  /// server's signals: `report` gets what a person does with an occurrence's notification,
  /// `lost` the error once the connection fails while idle. Throws when there is no bus.
  init(
    address: String?, queue: DispatchQueue, report: @escaping (DesktopAction) -> Void,
    lost: @escaping (SystemdCallError) -> Void
  ) throws(SystemdCallError) {
    client = NotificationClient(bus: try SessionBus(address: address))
    subscription = try client.subscribe { [unowned self] in handle($0, report: report) }
    source = try BusEventSource(bus: client.bus, queue: queue, failed: lost)
  }

  /// Whether the connection still stands.
  var isOpen: Bool { client.bus.isOpen }

  /// Shows `notices` in `language`, each in place of the notification of its slot if that is
  /// still there. Throws the first failed call (no server: `ServiceUnknown`).
  func show(_ notices: [Notice], language: Language) throws(SystemdCallError) {
    defer { source?.processPending() }
    let capabilities = try client.capabilities()
    for notice in notices {
      let slot = DesktopSlot(notice)
      let id = try client.notify(
        NotificationRequest(
          notice: notice, language: language, capabilities: capabilities, replacing: ids[slot] ?? 0))
      if let old = ids.updateValue(id, forKey: slot), old != id { slots[old] = nil }
      slots[id] = slot
    }
  }

  /// Closes the notifications that show occurrences of `loan`; their closing is not reported.
  func withdraw(loan: String) throws(SystemdCallError) {
    defer { source?.processPending() }
    let shown = ids.filter { slot, _ in
      if case .occurrence(let occurrence) = slot { occurrence.loan == loan } else { false }
    }
    for (slot, id) in shown {
      ids[slot] = nil
      slots[id] = nil
      try client.closeNotification(id)
    }
  }

  /// Stops watching the bus; the connection closes when the last reference goes.
  func close() {
    source?.cancel()
    source = nil
    subscription = nil
  }

  private func handle(_ signal: NotificationSignal, report: (DesktopAction) -> Void) {
    switch signal {
    case .actionInvoked(let id, let key):
      guard case .occurrence(let occurrence) = slots[id], let key = DesktopActionKey(rawValue: key) else {
        return
      }
      report(DesktopAction(occurrence: occurrence, event: .invoked(key)))
    case .closed(let id, let reason):
      guard let slot = slots.removeValue(forKey: id) else { return }
      ids[slot] = nil
      if case .occurrence(let occurrence) = slot {
        report(DesktopAction(occurrence: occurrence, event: .closed(reason)))
      }
    case .serverChanged:
      ids = [:]
      slots = [:]
    }
  }
}
