import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// What expiring costs with one Dispatch source per entry. Dispatch runs on the real clock, so
/// this cannot replay 90 days: it arms `count` sources for one wall-clock instant, lets them all
/// fire, and times their handlers, which run one after another on a serial queue. That is the
/// best case for Dispatch (no sleeping between expiries).
enum DispatchExpiry {
  /// Per-expiry costs from the gaps between every `batch`-th handler, and the process's CPU
  /// time (all threads) per expiry while they fired. `leadNanoseconds` must leave time to
  /// create `count` sources and for libdispatch to finish arming them.
  static func measure(count: Int, batch: Int, leadNanoseconds: UInt64) -> (
    samples: CostSamples, cpuPerExpiry: Double
  ) {
    let recorder = FiringRecorder(expected: count, batch: batch)
    let queue = DispatchQueue(label: "repay-bench.dispatch-expiry")
    let dueMonotonic = ProcessProbe.monotonicNanoseconds() + leadNanoseconds
    let due = DispatchWallTime.now() + .nanoseconds(Int(leadNanoseconds))
    var sources: [any DispatchSourceTimer] = []
    sources.reserveCapacity(count)
    for _ in 0..<count {
      let source = DispatchSource.makeTimerSource(queue: queue)
      source.setEventHandler { recorder.record() }
      source.schedule(wallDeadline: due)
      source.activate()
      sources.append(source)
    }
    // Start counting CPU time shortly before the deadline, after the arming work has settled.
    let settleNanoseconds: UInt64 = 100_000_000
    let armed = ProcessProbe.monotonicNanoseconds()
    precondition(armed + settleNanoseconds < dueMonotonic, "arming took longer than the lead")
    usleep(UInt32((dueMonotonic - settleNanoseconds - armed) / 1_000))
    let startCPU = ProcessProbe.cpuNanoseconds()
    recorder.finished.wait()
    var samples = CostSamples()
    for (earlier, later) in zip(recorder.stamps, recorder.stamps.dropFirst()) {
      samples.record(nanoseconds: later - earlier, operations: batch)
    }
    for source in sources {
      source.cancel()
    }
    return (samples, Double(recorder.finalCPU - startCPU) / Double(count))
  }
}

/// Counts handler runs and reads the clock at the first and then every `batch`-th one.
///
/// Unchecked: its state is touched only by handlers on one serial queue, and read by the
/// measuring thread only after `finished` is signalled, which orders those accesses.
private final class FiringRecorder: @unchecked Sendable {
  let finished = DispatchSemaphore(value: 0)
  private(set) var stamps: [UInt64] = []
  private(set) var finalCPU: UInt64 = 0
  private var fired = 0
  private let expected: Int
  private let batch: Int

  init(expected: Int, batch: Int) {
    self.expected = expected
    self.batch = batch
    stamps.reserveCapacity(expected / batch + 2)
  }

  func record() {
    if fired % batch == 0 {
      stamps.append(ProcessProbe.monotonicNanoseconds())
    }
    fired += 1
    if fired == expected {
      finalCPU = ProcessProbe.cpuNanoseconds()
      finished.signal()
    }
  }
}
