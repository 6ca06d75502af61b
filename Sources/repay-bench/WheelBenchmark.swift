import ArgumentParser
import BenchmarkReport
import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// `repay-bench wheel`: the timer wheel against a binary heap and against one Dispatch source
/// per entry, side by side in one run, with the goals checked at the end.
struct WheelBenchmark: MeasuredBenchmark {
  static let configuration = CommandConfiguration(
    commandName: "wheel",
    abstract: "The timer wheel against a binary heap and one Dispatch source per entry.",
    discussion: """
      At each size: fill to that many pending entries (deadlines over 90 days, one in ten \
      within the next minute) and read the resident-set growth per entry; then, at that size, \
      insert a batch of new entries and cancel a batch of random pending ones, ROUNDS times; \
      then expire everything in deadline order (the wheel and the heap by moving their virtual \
      clock; Dispatch sources by letting as many fire at one real instant). Times are ns per \
      operation from batches timed with CLOCK_MONOTONIC; p50 and p99 are over the batches. \
      The cpu columns are the whole process's CPU time per operation, which includes the work \
      libdispatch does on its own threads.
      """)

  @Option(parsing: .upToNextOption, help: "Numbers of pending entries to measure at.")
  var sizes: [Int] = [10_000, 100_000, 1_000_000]

  @Option(help: "The largest size at which to create one Dispatch source per entry.")
  var dispatchMaxSize = 1_000_000

  @Option(help: "Operations per timed batch.")
  var batch = 100

  @Option(help: "Insert-and-cancel rounds at each size.")
  var rounds = 1_000

  @Option(help: "Fixes the deadlines and the entries cancelled.")
  var seed: UInt64 = 1

  func validate() throws {
    guard sizes.allSatisfy({ $0 >= batch }), batch > 0, rounds > 0 else {
      throw ValidationError("sizes must be at least the batch, and batch and rounds positive")
    }
  }

  func run() { _ = measures() }

  func measures() -> [Measure] {
    var measurements: [TimerMeasurement] = []
    for size in sizes {
      let procedure = SteadyStateProcedure(size: size, batch: batch, rounds: rounds, seed: seed)
      var wheel = WheelTimers(now: DeadlineWorkload.start)
      measurements.append(procedure.runWithExpiry(&wheel))
      var heap = BinaryHeapTimers()
      measurements.append(procedure.runWithExpiry(&heap))
    }
    // After the others: whatever libdispatch keeps after its sources are gone cannot inflate
    // their memory figures.
    for size in sizes where size <= dispatchMaxSize {
      measurements.append(measureDispatchSources(size: size))
    }
    print(
      """
      Timer wheel benchmark: ns per operation (batches of \(batch)), resident bytes per pending \
      entry; payload 8 bytes.
      """)
    print(ResultsTable(measurements: measurements).text)
    print("\nGoals:")
    let goals = WheelGoals(measurements: measurements)
    print(goals.lines.joined(separator: "\n"))
    return goals.measures
  }

  private func measureDispatchSources(size: Int) -> TimerMeasurement {
    let procedure = SteadyStateProcedure(size: size, batch: batch, rounds: rounds, seed: seed)
    var sources = DispatchSourceTimers(
      start: DeadlineWorkload.start, wallBase: .now() + .seconds(365 * 86_400),
      queue: DispatchQueue(label: "repay-bench.dispatch-timers"), onFire: { _ in })
    // libdispatch arms sources on its own thread: give it a second before reading memory.
    var (measurement, pending) = procedure.run(&sources, settleSeconds: 1)
    for handle in pending.handles {
      sources.cancel(handle)
    }
    pending.handles.removeAll()
    sleep(1)
    let (expire, cpuPerExpiry) = DispatchExpiry.measure(
      count: size, batch: batch, leadNanoseconds: 3 * measurement.fillNanoseconds + 2_000_000_000)
    measurement.expire = expire
    measurement.cpuPerExpiry = cpuPerExpiry
    return measurement
  }
}
