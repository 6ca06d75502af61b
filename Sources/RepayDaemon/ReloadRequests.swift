import Synchronization

/// The SIGHUPs not yet acted on, as one request: a storm of them (a script that sends one per
/// edit, a thousand in a second) asks for one reload, not one per signal, so that the state owner
/// is not kept reloading while calls and notices wait behind it. A SIGHUP that arrives while a
/// reload reads the files asks for one more, since the files may have changed after they were
/// read.
final class ReloadRequests: Sendable {
  private let pending = Atomic<Bool>(false)

  /// Notes a SIGHUP; true when it is the first since the last `begin()`, so that the caller posts
  /// one reload event for it.
  func request() -> Bool {
    !pending.exchange(true, ordering: .acquiringAndReleasing)
  }

  /// Called by the state owner as it starts a reload: SIGHUPs from now on ask for another.
  func begin() {
    pending.store(false, ordering: .releasing)
  }
}
