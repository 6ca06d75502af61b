import Foundation

/// The CPU time another process has used, from `/proc/PID/stat`: a figure of work done that the
/// machine's other tenants move far less than they move round trips.
enum ProcessCPU {
  /// Seconds of CPU (user and system, all threads) that process `pid` has used so far, at the
  /// kernel's tick (10 ms); nil when the process is gone.
  static func seconds(of pid: pid_t) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let end = text.lastIndex(of: ")")
    else { return nil }
    // After the command name (which may hold spaces): the state (field 3), and so on; utime and
    // stime are fields 14 and 15.
    let fields = text[text.index(after: end)...].split(separator: " ")
    guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else {
      return nil
    }
    return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
  }
}
