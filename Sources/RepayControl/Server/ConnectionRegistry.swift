import NIOConcurrencyHelpers
import NIOCore

/// The connections a server holds and the access rule they are held under: how many (against the
/// maximum), whose (against the allowed uids), which are idle or following a `Watch`, which were
/// accepted but not yet served, and whether the server is shutting down. A graceful shutdown
/// closes the idle connections at once; a busy one closes after its call.
///
/// The rule can change while the server runs (`changeAccess`, from a reload): its lock is the one
/// thread-safe path by which a daemon's state owner reaches the server, so that no handler and no
/// event loop ever reads the daemon's state.
final class ConnectionRegistry: Sendable {
  /// What `accept(_:uid:wrap:)` decided for a new connection.
  enum Admission: Sendable {
    /// Counted against the maximum, under this id; `leave(_:)` frees the slot.
    case admitted(Int)
    /// The uid, given here, is neither the server's own nor an allowed one.
    case notAllowed(uid: UInt32)
    /// The maximum, given here, is reached.
    case full(Int)
  }

  /// What an admitted connection is doing, which decides when a revocation or a shutdown closes it.
  private enum Phase {
    /// Waiting for its next call: closed at once.
    case idle
    /// Answering a call: closed once the reply is written, so that no call is cut in half.
    case answering
    /// Following a `Watch`: closed at once on a revocation (the stream would go on forever);
    /// a shutdown ends it by finishing the stream.
    case watching
  }

  private struct Connection {
    let uid: UInt32
    let channel: any Channel
    var phase = Phase.idle
    /// Its uid lost access while it was answering a call: it closes after that call.
    var revoked = false
  }

  private struct State {
    var allowedUserIDs: Set<UInt32>
    var maximum: Int
    var nextID = 0
    var connections: [Int: Connection] = [:]
    var unserved: [ObjectIdentifier: AcceptedConnection] = [:]
    var shuttingDown = false

    func allows(_ uid: UInt32, owner: UInt32) -> Bool { uid == owner || allowedUserIDs.contains(uid) }

    /// A slot for a new connection of a client of `uid`, idle, unless the uid is not allowed or
    /// the maximum is reached.
    mutating func admit(uid: UInt32, owner: UInt32, channel: any Channel) -> Admission {
      guard allows(uid, owner: owner) else { return .notAllowed(uid: uid) }
      guard connections.count < maximum else { return .full(maximum) }
      nextID += 1
      connections[nextID] = Connection(uid: uid, channel: channel)
      return .admitted(nextID)
    }
  }

  private let state: NIOLockedValueBox<State>
  /// The server's own uid, always allowed.
  private let owner: UInt32

  /// A registry admitting `owner` and `allowedUserIDs`, up to `maximum` at once.
  init(owner: UInt32, allowedUserIDs: Set<UInt32>, maximum: Int) {
    self.owner = owner
    state = NIOLockedValueBox(State(allowedUserIDs: allowedUserIDs, maximum: maximum))
  }

  /// Decides on a connection NIO just accepted from a client of `uid` (nil: its credentials
  /// could not be read), under the rule in force now, wraps it (`wrap` runs on its event loop,
  /// told whether the connection was admitted) and holds it until `take(_:)`; throws, having
  /// closed the connection, when the server is shutting down or the setup failed. An admitted
  /// connection counts against the maximum under its slot; `leave(_:)` frees it.
  ///
  /// NIO drops an accepted connection that has not reached the accept loop when the listener
  /// closes, and a dropped `NIOAsyncChannel` that no one finished traps in its writer (swift-nio
  /// issue 2813): holding each one until it is served lets `closeUnserved()` finish those, and
  /// refusing them once the shutdown started keeps more from being made.
  func accept(
    _ channel: any Channel, uid: UInt32?,
    wrap: (_ admitted: Bool) throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer>
  ) throws -> AcceptedConnection {
    do {
      return try state.withLockedValue { state in
        guard !state.shuttingDown else { throw ChannelError.ioOnClosedChannel }
        let admission = uid.map { state.admit(uid: $0, owner: owner, channel: channel) }
        let admitted: Bool
        if case .admitted = admission { admitted = true } else { admitted = false }
        do {
          let connection = AcceptedConnection(channel: try wrap(admitted), admission: admission)
          state.unserved[ObjectIdentifier(channel)] = connection
          return connection
        } catch {
          if case .admitted(let slot) = admission { state.connections[slot] = nil }
          throw error
        }
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
      try? await connection.channel.executeThenClose { _, _ in }
    }
  }

  /// Frees the slot of a connection that ended.
  func leave(_ id: Int) {
    _ = state.withLockedValue { $0.connections.removeValue(forKey: id) }
  }

  /// Marks the connection idle, waiting for its next call; false when the server is shutting down
  /// or the connection's access was revoked (the connection is then to close).
  func becomeIdle(_ id: Int) -> Bool {
    state.withLockedValue { state in
      guard !state.shuttingDown, state.connections[id]?.revoked == false else { return false }
      state.connections[id]?.phase = .idle
      return true
    }
  }

  /// Marks the connection busy with a call; false when the server is shutting down or the
  /// connection's access was revoked.
  func becomeBusy(_ id: Int) -> Bool {
    state.withLockedValue { state in
      state.connections[id]?.phase = .answering
      return !state.shuttingDown && state.connections[id]?.revoked == false
    }
  }

  /// Marks the connection as following a `Watch`; false when its access was revoked meanwhile.
  func beginWatch(_ id: Int) -> Bool {
    state.withLockedValue { state in
      state.connections[id]?.phase = .watching
      return state.connections[id]?.revoked == false
    }
  }

  /// Puts a new rule in force: new connections are checked against `allowedUserIDs` and counted
  /// against `maximum`. Open connections of a uid no longer allowed lose their access: an idle
  /// one or a `Watch` is closed at once, one answering a call is closed once that call is
  /// answered. Open connections past a lower maximum stay: only new ones are refused.
  func changeAccess(allowedUserIDs: Set<UInt32>, maximum: Int) {
    let revoked = state.withLockedValue { state in
      state.allowedUserIDs = allowedUserIDs
      state.maximum = maximum
      var closeNow: [any Channel] = []
      for (id, connection) in state.connections where !state.allows(connection.uid, owner: owner) {
        state.connections[id]?.revoked = true
        if connection.phase != .answering { closeNow.append(connection.channel) }
      }
      return closeNow
    }
    for channel in revoked { channel.close(promise: nil) }
  }

  /// Starts the shutdown: no more connections or calls; the idle ones are closed now.
  func shutDown() {
    let idle = state.withLockedValue { state in
      state.shuttingDown = true
      return state.connections.values.filter { $0.phase == .idle }.map(\.channel)
    }
    for channel in idle { channel.close(promise: nil) }
  }
}
