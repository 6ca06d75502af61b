import Synchronization

/// Requests of one kind not yet acted on, as one: a storm of them (a script that sends a SIGHUP
/// per edit, a thousand in a second; a clock stepped again and again) asks the state owner for
/// one reload or one whole plan, not one per request, so that it is not kept busy while calls and
/// notices wait behind it. A request that arrives while the state owner acts on the last one
/// asks for one more, since what it reads (the files, the clock) may have changed after it read
/// it.
final class PendingRequest: Sendable {
  private let pending = Atomic<Bool>(false)

  /// An empty request.
  init() {}

  /// Notes a request; true when it is the first since the last `begin()`, so that the caller
  /// posts one event for it.
  func request() -> Bool {
    !pending.exchange(true, ordering: .acquiringAndReleasing)
  }

  /// Called by the state owner as it starts acting on the request: requests from now on ask for
  /// another.
  func begin() {
    pending.store(false, ordering: .releasing)
  }
}
