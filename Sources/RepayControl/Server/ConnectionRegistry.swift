import NIOConcurrencyHelpers
import NIOCore

/// The connections a server holds: how many (against the maximum), which are idle, which were
/// accepted but not yet served, and whether the server is shutting down. A graceful shutdown
/// closes the idle connections at once; a busy one closes after its call.
final class ConnectionRegistry: Sendable {
  /// What `admit()` decided for a new connection.
  enum Admission {
    /// Counted against the maximum, under this id; `leave(_:)` frees the slot.
    case admitted(Int)
    /// The maximum is reached.
    case full
    /// The server is shutting down: no connection is admitted any more.
    case shuttingDown
  }

  private struct State {
    var count = 0
    var nextID = 0
    var idle: [Int: any Channel] = [:]
    var unserved: [ObjectIdentifier: NIOAsyncChannel<ByteBuffer, ByteBuffer>] = [:]
    var shuttingDown = false
  }

  private let state = NIOLockedValueBox(State())
  let maximum: Int

  init(maximum: Int) {
    self.maximum = maximum
  }

  /// Wraps a connection NIO just accepted (`wrap` runs on its event loop) and holds it until
  /// `take(_:)`; throws, having closed the connection, when the server is shutting down or the
  /// setup failed. NIO drops an accepted connection that has not reached the accept loop when
  /// the listener closes, and a dropped `NIOAsyncChannel` that no one finished traps in its
  /// writer (swift-nio issue 2813): holding each one until it is served lets `closeUnserved()`
  /// finish those, and refusing them once the shutdown started keeps more from being made.
  func accept(
    _ channel: any Channel, wrap: () throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer>
  ) throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
    do {
      return try state.withLockedValue { state in
        guard !state.shuttingDown else { throw ChannelError.ioOnClosedChannel }
        let connection = try wrap()
        state.unserved[ObjectIdentifier(channel)] = connection
        return connection
      }
    } catch {
      // NIO leaves open an accepted connection whose setup failed.
      channel.close(promise: nil)
      throw error
    }
  }

  /// Lets go of a connection the accept loop reached: serving it closes it.
  func take(_ channel: any Channel) {
    _ = state.withLockedValue { $0.unserved.removeValue(forKey: ObjectIdentifier(channel)) }
  }

  /// Finishes and closes the connections accepted but never served, once the accept loop has
  /// ended; starts the shutdown first (when it was not started), so that none is added after.
  func closeUnserved() async {
    let unserved = state.withLockedValue { state in
      state.shuttingDown = true
      defer { state.unserved = [:] }
      return Array(state.unserved.values)
    }
    for connection in unserved {
      try? await connection.executeThenClose { _, _ in }
    }
  }

  /// A slot for a new connection, unless the maximum is reached or the server is shutting down.
  func admit() -> Admission {
    state.withLockedValue { state in
      guard !state.shuttingDown else { return .shuttingDown }
      guard state.count < maximum else { return .full }
      state.count += 1
      state.nextID += 1
      return .admitted(state.nextID)
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
