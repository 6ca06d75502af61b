import BenchmarkReport

#if canImport(Glibc)
  import Glibc
#endif

/// Idle wake-ups: the context switches of every thread of each idle process
/// (`voluntary_ctxt_switches` plus `nonvoluntary_ctxt_switches` from /proc/PID/task/*/status)
/// over one window that all the processes share, so that the daemon and the ticking wheel are
/// measured over the same seconds of the same machine.
///
/// Counted per thread, not as one sum at each end: a thread that ends within the window (a
/// libdispatch worker retiring after it has idled) takes its counts with it, and the plain sum
/// would go down. A thread alive at both ends counts its increase; a thread that appeared counts
/// all its switches; a thread that ended counts one, since it had to run to end (a lower bound:
/// what it did before is lost with it).
struct IdleWakeupComparison {
  let seconds: Int

  /// One process over the window.
  struct Reading {
    let name: String
    let threadsBefore: Int
    let threadsAfter: Int
    /// Threads that ended within the window, each counted as one wake-up.
    let threadsEnded: Int
    /// All wake-ups counted, those of ended threads included.
    let wakeups: Int
  }

  /// Waits `seconds` and returns each process's wake-ups over that time.
  func run(_ processes: [IdleProcess]) -> [Reading] {
    let before = processes.map { ProcessStatus.contextSwitches(of: $0.child.pid) }
    sleep(UInt32(seconds))
    let after = processes.map { ProcessStatus.contextSwitches(of: $0.child.pid) }
    return processes.indices.map { index in
      let ended = before[index].keys.filter { after[index][$0] == nil }.count
      let counted = after[index].reduce(0) { sum, thread in
        sum + thread.value - (before[index][thread.key] ?? 0)
      }
      return Reading(
        name: processes[index].name, threadsBefore: before[index].count, threadsAfter: after[index].count,
        threadsEnded: ended, wakeups: counted + ended)
    }
  }

  /// Each repayd's wake-ups against the process named `baseline` (goal: at most 1 in 60 s).
  func measures(_ readings: [Reading], baseline: String) -> [Measure] {
    let base = readings.first { $0.name == baseline }.map { Double($0.wakeups) }
    return readings.filter { $0.name.hasPrefix("repayd") }.map { reading in
      .atMost(
        1, name: "idle wake-ups over \(seconds) s, \(reading.name)", value: Double(reading.wakeups),
        unit: "count", baseline: base, goal: "at most 1 in 60 s")
    }
  }

  /// The table, with the goal (at most 1 over 60 s, scaled to the window) checked for repayd.
  func report(_ readings: [Reading]) -> String {
    var lines = "Idle wake-ups over \(seconds) s (context switches summed over all threads):\n"
    for reading in readings {
      let padded = reading.name.padding(toLength: 44, withPad: " ", startingAt: 0)
      lines += "  \(padded)\(String(reading.wakeups).leftPadded(to: 8))"
      lines += "   threads \(reading.threadsBefore) -> \(reading.threadsAfter), \(reading.threadsEnded) ended"
      if reading.name.hasPrefix("repayd") {
        // At most one per minute; a shorter window allows no more than one either.
        lines +=
          reading.wakeups <= 1
          ? "   (goal: at most 1 per 60 s) MET" : "   (goal: at most 1 per 60 s) NOT MET"
      }
      lines += "\n"
    }
    return lines
  }
}

extension String {
  /// The string right-aligned in `width` columns.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: Swift.max(0, width - count)) + self
  }
}
