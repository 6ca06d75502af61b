import NIOConcurrencyHelpers
import NIOCore

/// The connections a server holds: how many (against the maximum), which are idle, and whether
/// the server is shutting down. A graceful shutdown closes the idle connections at once; a busy
/// one closes after its call.
final class ConnectionRegistry: Sendable {
  private struct State {
    var count = 0
    var nextID = 0
    var idle: [Int: any Channel] = [:]
    var shuttingDown = false
  }

  private let state = NIOLockedValueBox(State())
  let maximum: Int

  init(maximum: Int) {
    self.maximum = maximum
  }

  /// A slot for a new connection; nil when the maximum is reached or the server is shutting down.
  func admit() -> Int? {
    state.withLockedValue { state in
      guard state.count < maximum, !state.shuttingDown else { return nil }
      state.count += 1
      state.nextID += 1
      return state.nextID
    }
  }

  /// Frees the slot of a connection that ended.
  func leave(_ id: Int) {
    state.withLockedValue { state in
      state.count -= 1
      state.idle[id] = nil
    }
  }

  /// Marks the connection idle, waiting for its next call; false when the server is shutting down
  /// (the connection is then to close).
  func becomeIdle(_ id: Int, _ channel: any Channel) -> Bool {
    state.withLockedValue { state in
      guard !state.shuttingDown else { return false }
      state.idle[id] = channel
      return true
    }
  }

  /// Marks the connection busy with a call; false when the server is shutting down.
  func becomeBusy(_ id: Int) -> Bool {
    state.withLockedValue { state in
      state.idle[id] = nil
      return !state.shuttingDown
    }
  }

  /// Starts the shutdown: no more connections or calls; the idle ones are closed now.
  func shutDown() {
    let idle = state.withLockedValue { state in
      state.shuttingDown = true
      defer { state.idle = [:] }
      return Array(state.idle.values)
    }
    for channel in idle { channel.close(promise: nil) }
  }
}
