import ControlInterface
import Foundation
import RepayControl
import RepayCore

/// A client following repayd's `Watch` on a thread of its own: each delivery of a free-standing
/// reminder, with the instant repayd says it delivered it and the instant the event arrived here
/// (both Unix microseconds, both on the same machine's realtime clock).
final class DeliveryWatch: @unchecked Sendable {
  /// One delivery seen.
  struct Delivery {
    /// When repayd delivered it (the event's `at`).
    let delivered: Int64
    /// When its event arrived here.
    let arrived: Int64
  }

  /// Read by the watch's thread only, once `init` has started the watch.
  private let client: ControlClient
  private let lock = NSLock()
  private var seen: [Delivery] = []
  private var stopping = false
  private let finished = NSCondition()
  private var ended = false

  /// Connects to `address`, starts the watch (its first reply has come when this returns) and
  /// follows it until `stop()`.
  init(address: ControlAddress) throws {
    client = try ControlClient(address: address, timeout: .seconds(10))
    _ = try client.stream(Control.WatchRequest())
    Thread {
      self.follow()
      self.finished.lock()
      self.ended = true
      self.finished.signal()
      self.finished.unlock()
    }.start()
  }

  /// The reminder deliveries seen so far, in order.
  var deliveries: [Delivery] { lock.withLock { seen } }

  /// Ends the watch and waits for its thread.
  func stop() {
    lock.withLock { stopping = true }
    finished.lock()
    while !ended { finished.wait() }
    finished.unlock()
  }

  private func follow() {
    while !lock.withLock({ stopping }) {
      let message: [UInt8]
      do {
        // Short waits, so that `stop()` is noticed.
        message = try client.receiveRaw(deadline: .now + .milliseconds(200))
      } catch {
        guard case .timedOut = error else { return }
        continue
      }
      let arrived = Int64(Date().timeIntervalSince1970 * 1_000_000)
      guard let reply = try? JSONDecoder().decode(WatchReply.self, from: Data(message)),
        reply.parameters.kind == .delivery, reply.parameters.stage == .reminder,
        let delivered = InstantText.parse(reply.parameters.at)
      else { continue }
      lock.withLock { seen.append(Delivery(delivered: delivered, arrived: arrived)) }
    }
  }
}

/// A reply of `Watch` as it comes over the socket.
private struct WatchReply: Decodable {
  var parameters: Control.WatchEvent
}
