/// What the daemon's services share: the state owner's events, which the control socket posts
/// its calls to, and the clients following `Watch` and the posted `GetStatus` reply, which the
/// state owner publishes to and the control socket reads. Made once, before the services.
public struct DaemonInbox: Sendable {
  /// The events, in the order they were posted; read by `ReminderService` alone.
  let events: AsyncStream<DaemonEvent>
  /// Posts an event; `.terminated` once the state owner has stopped.
  let post: AsyncStream<DaemonEvent>.Continuation
  /// The clients following `Watch`.
  let hub = WatchHub()
  /// The last `GetStatus` reply, while it holds.
  let board = StatusBoard()

  /// An empty inbox.
  public init() {
    (events, post) = AsyncStream.makeStream(of: DaemonEvent.self)
  }
}
