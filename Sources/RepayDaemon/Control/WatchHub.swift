import ControlInterface
import RepayControl
import Synchronization

/// The clients following `Watch`: each gets every event published after it subscribed, in the
/// order the state owner published them. A client that does not read keeps only the newest
/// `bufferLimit` events (the server disconnects it once a reply waits too long); nobody else
/// waits for it.
final class WatchHub: Sendable {
  private let subscribers = Mutex<[Int: AsyncStream<Control.WatchEvent>.Continuation]>([:])
  private let nextID = Atomic<Int>(0)
  /// Events held for a client that reads slower than they come.
  static let bufferLimit = 1_000

  /// An empty hub.
  init() {}

  /// A new subscription: its first event is `watching` (at `now`, RFC 3339); then every event
  /// published from now on. Cancelling the stream (the client left) ends the subscription.
  func subscribe(now: String) -> AsyncStream<Control.WatchEvent> {
    let (stream, continuation) = AsyncStream.makeStream(
      of: Control.WatchEvent.self, bufferingPolicy: .bufferingNewest(Self.bufferLimit))
    let id = nextID.add(1, ordering: .relaxed).newValue
    continuation.onTermination = { [weak self] _ in
      _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
    }
    // Under the lock, so that an event published meanwhile comes either before `watching`
    // (and is not this client's) or after it.
    subscribers.withLock {
      continuation.yield(Control.WatchEvent(kind: .watching, at: now))
      $0[id] = continuation
    }
    return stream
  }

  /// Sends `event` to every subscriber.
  func publish(_ event: Control.WatchEvent) {
    for continuation in subscribers.withLock({ Array($0.values) }) {
      continuation.yield(event)
    }
  }

  /// Ends every subscription (the daemon stops): the server then closes those connections.
  func finishAll() {
    for continuation in subscribers.withLock({ subscribers in
      defer { subscribers.removeAll() }
      return Array(subscribers.values)
    }) {
      continuation.finish()
    }
  }
}
