import BenchmarkReport
import Foundation

/// Idle resident memory: `VmRSS` of each idle process, read from /proc after the settle time;
/// repayd's figures are compared with repay-idle's, which links the same libraries and does
/// nothing, so that the difference is what repayd itself holds (its plan, its threads' stacks,
/// SQLite's cache).
struct IdleMemoryComparison {
  /// The readings, KiB, by process name, in the order read.
  var readings: [(name: String, kib: Int)] = []

  /// Reads `VmRSS` of each of `processes` now.
  mutating func read(_ processes: [IdleProcess]) {
    for process in processes {
      readings.append((process.name, ProcessStatus.residentKiB(of: process.child.pid) ?? -1))
    }
  }

  /// Each repayd's idle RSS in MB against the process named `baseline` (goal: at most 20 MB more).
  func measures(baseline: String) -> [Measure] {
    let base = Double(readings.first { $0.name == baseline }?.kib ?? 0) * 1_024 / 1_000_000
    return readings.filter { $0.name.hasPrefix("repayd") }.map { reading in
      .atMost(
        base + 20, name: "idle RSS, \(reading.name)", value: Double(reading.kib) * 1_024 / 1_000_000,
        unit: "MB",
        baseline: base, goal: "at most 20 MB more than \(baseline)")
    }
  }

  /// The table, with each repayd's difference to the baseline named `baseline` and the goal
  /// (at most 20 MB more) checked.
  func report(baseline: String) -> String {
    let base = readings.first { $0.name == baseline }?.kib ?? 0
    var lines = "Idle RSS (VmRSS), MiB:\n"
    for reading in readings {
      let padded = reading.name.padding(toLength: 44, withPad: " ", startingAt: 0)
      lines += "  \(padded)\(String(format: "%8.1f", Double(reading.kib) / 1_024))"
      if reading.name != baseline && reading.name.hasPrefix("repayd") {
        // The goal says MB; 20 MB is 19.07 MiB.
        let difference = Double(reading.kib - base) * 1_024 / 1_000_000
        lines += String(format: "   %+.1f MB over %@", difference, baseline)
        lines += difference <= 20 ? " (goal: at most 20 MB) MET" : " (goal: at most 20 MB) NOT MET"
      }
      lines += "\n"
    }
    return lines
  }
}
