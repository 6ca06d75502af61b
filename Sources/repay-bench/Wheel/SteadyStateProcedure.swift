#if canImport(Glibc)
  import Glibc
#endif

/// The part of the wheel benchmark that is the same for every structure: fill to `size`
/// entries and read what that cost in memory, then, at that size, `rounds` times insert a batch
/// of new entries and cancel a batch of random pending ones, timing each batch.
struct SteadyStateProcedure {
  /// The number of pending entries to measure at.
  let size: Int
  /// Operations per timed batch.
  let batch: Int
  /// Insert-and-cancel rounds at `size`.
  let rounds: Int
  /// Fixes the deadlines and the victims.
  let seed: UInt64

  /// The entries still pending after `run`: their handles and deadlines.
  struct Pending<Handle> {
    /// Handles of the pending entries.
    var handles: [Handle]
    /// Their deadlines, in the same order.
    var deadlines: [Int64]
  }

  /// Runs the procedure on `timers`, which must be empty. `settleSeconds` is how long to wait
  /// before reading the resident set, for structures that finish work on other threads.
  func run<Timers: BenchmarkedTimers>(_ timers: inout Timers, settleSeconds: UInt32 = 0) -> (
    TimerMeasurement, Pending<Timers.Handle>
  ) {
    var measurement = TimerMeasurement(structure: Timers.name, size: size)
    var workload = DeadlineWorkload(seed: seed)
    // Written now, so that the resident-set delta counts only the structure.
    var handles = [Timers.Handle?](repeating: nil, count: size + batch)
    var deadlines = [Int64](repeating: 0, count: size + batch)
    var pending = 0
    var victims: [Timers.Handle] = []
    victims.reserveCapacity(batch)
    ProcessProbe.returnFreeMemory()
    let residentBefore = ProcessProbe.residentBytes()

    let fillStart = ProcessProbe.monotonicNanoseconds()
    while pending < size {
      let deadline = workload.nextDeadline()
      handles[pending] = timers.insert(pending, deadline: deadline)
      deadlines[pending] = deadline
      pending += 1
    }
    measurement.fillNanoseconds = ProcessProbe.monotonicNanoseconds() - fillStart
    sleep(settleSeconds)
    // Arrays grow by copying into a buffer twice as large; malloc keeps the old buffers' pages
    // unless asked to return them, and they are no part of what the structure holds.
    ProcessProbe.returnFreeMemory()
    measurement.bytesPerEntry = Double(ProcessProbe.residentBytes() - residentBefore) / Double(size)

    var insertCPU: UInt64 = 0
    var cancelCPU: UInt64 = 0
    for _ in 0..<rounds {
      let batchDeadlines = (0..<batch).map { _ in workload.nextDeadline() }
      let insertStartCPU = ProcessProbe.cpuNanoseconds()
      let insertStart = ProcessProbe.monotonicNanoseconds()
      for deadline in batchDeadlines {
        handles[pending] = timers.insert(pending, deadline: deadline)
        deadlines[pending] = deadline
        pending += 1
      }
      let insertEnd = ProcessProbe.monotonicNanoseconds()
      insertCPU += ProcessProbe.cpuNanoseconds() - insertStartCPU
      measurement.insert.record(nanoseconds: insertEnd - insertStart, operations: batch)

      victims.removeAll(keepingCapacity: true)
      for _ in 0..<batch {
        let victim = workload.index(below: pending)
        victims.append(handles[victim]!)
        pending -= 1
        handles[victim] = handles[pending]
        deadlines[victim] = deadlines[pending]
      }
      let cancelStartCPU = ProcessProbe.cpuNanoseconds()
      let cancelStart = ProcessProbe.monotonicNanoseconds()
      for victim in victims {
        timers.cancel(victim)
      }
      let cancelEnd = ProcessProbe.monotonicNanoseconds()
      cancelCPU += ProcessProbe.cpuNanoseconds() - cancelStartCPU
      measurement.cancel.record(nanoseconds: cancelEnd - cancelStart, operations: batch)
    }
    measurement.cpuPerInsert = Double(insertCPU) / Double(rounds * batch)
    measurement.cpuPerCancel = Double(cancelCPU) / Double(rounds * batch)
    return (
      measurement,
      Pending(handles: handles[..<pending].map { $0! }, deadlines: Array(deadlines[..<pending]))
    )
  }

  /// Runs the procedure on `timers` and then expires all pending entries in batches of about
  /// `batch`, advancing the virtual clock from deadline to deadline.
  func runWithExpiry<Timers: VirtualClockTimers>(_ timers: inout Timers) -> TimerMeasurement {
    var (measurement, pending) = run(&timers)
    let sorted = pending.deadlines.sorted()
    let ticks = stride(from: batch - 1, to: sorted.count, by: batch).map { sorted[$0] } + [sorted.last!]
    var expired = 0
    let startCPU = ProcessProbe.cpuNanoseconds()
    for tick in ticks {
      let start = ProcessProbe.monotonicNanoseconds()
      let count = timers.expire(through: tick)
      measurement.expire.record(nanoseconds: ProcessProbe.monotonicNanoseconds() - start, operations: count)
      expired += count
    }
    measurement.cpuPerExpiry = Double(ProcessProbe.cpuNanoseconds() - startCPU) / Double(expired)
    precondition(expired == sorted.count, "\(Timers.name) expired \(expired) of \(sorted.count) entries")
    return measurement
  }
}
