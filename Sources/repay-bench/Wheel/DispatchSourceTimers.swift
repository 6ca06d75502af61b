import Dispatch

/// The naive design: one `DispatchSourceTimer` per entry, armed on the wall clock, each with an
/// event handler that captures its entry's id as a daemon's would.
///
/// Deadlines keep their spread but are placed after `wallBase`, which the benchmark sets a year
/// ahead, so that no source fires while it measures insertion and cancellation.
struct DispatchSourceTimers: BenchmarkedTimers {
  static let name = "Dispatch source each"

  private let queue: DispatchQueue
  private let start: Int64
  private let wallBase: DispatchWallTime
  private let onFire: @Sendable (Int) -> Void

  /// Sources whose deadline `start` stands for `wallBase`, firing `onFire` on `queue`.
  init(
    start: Int64, wallBase: DispatchWallTime, queue: DispatchQueue,
    onFire: @escaping @Sendable (Int) -> Void
  ) {
    self.start = start
    self.wallBase = wallBase
    self.queue = queue
    self.onFire = onFire
  }

  func insert(_ id: Int, deadline: Int64) -> any DispatchSourceTimer {
    let source = DispatchSource.makeTimerSource(queue: queue)
    let onFire = onFire
    source.setEventHandler { onFire(id) }
    source.schedule(wallDeadline: wallBase + .milliseconds(Int(deadline - start)))
    source.activate()
    return source
  }

  func cancel(_ source: any DispatchSourceTimer) {
    source.cancel()
  }
}
