#if canImport(Glibc)
  import Glibc
#endif

/// Work run on a thread of its own beside the caller's, for a short computation that the
/// caller needs only later: `repayctl plan` sums up the other strategy's plan while it makes the
/// one it shows, on a machine with more than one core (docs/performance.md, "repayctl plan").
/// Where no thread can be started, the work runs on the caller's thread when it is asked for.
final class SideThread<Result: Sendable>: @unchecked Sendable {
  // Written by the side thread before it ends, read only after `pthread_join`, which orders
  // the two: no lock is needed.
  private var result: Result?
  private let work: @Sendable () -> Result
  private var thread: pthread_t?

  /// Starts `work` on a new thread.
  init(_ work: @escaping @Sendable () -> Result) {
    self.work = work
    thread = SideThreadStart.start { self.result = work() }
  }

  /// What the work returned, once it is done: waits for the side thread, or runs the work here
  /// when none was started. Called once.
  func value() -> Result {
    if let thread {
      pthread_join(thread, nil)
      self.thread = nil
    }
    if let result { return result }
    let made = work()
    result = made
    return made
  }
}

/// Starts a thread on a closure; apart from `SideThread`, as a thread's entry point cannot be
/// made in a generic context.
private final class SideThreadStart: @unchecked Sendable {
  private let body: @Sendable () -> Void

  private init(_ body: @escaping @Sendable () -> Void) { self.body = body }

  /// The new thread running `body`; nil when none could be started.
  static func start(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
    var thread = pthread_t()
    let context = Unmanaged.passRetained(SideThreadStart(body)).toOpaque()
    let started = pthread_create(&thread, nil, entry, context)
    guard started == 0 else {
      Unmanaged<SideThreadStart>.fromOpaque(context).release()
      return nil
    }
    return thread
  }

  private static let entry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
    Unmanaged<SideThreadStart>.fromOpaque(context!).takeRetainedValue().body()
    return nil
  }
}
