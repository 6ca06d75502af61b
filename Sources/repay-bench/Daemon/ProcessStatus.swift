#if canImport(Glibc)
  import Glibc
#endif

/// What `/proc/PID/status` and `/proc/PID/task/*/status` say about another process: its
/// resident memory and how often its threads were switched out.
enum ProcessStatus {
  /// `VmRSS` of process `pid`, in KiB; nil when the process is gone.
  static func residentKiB(of pid: pid_t) -> Int? {
    fields(of: "/proc/\(pid)/status")["VmRSS"]
  }

  /// The context switches of each thread of `pid` by thread id: `voluntary_ctxt_switches` plus
  /// `nonvoluntary_ctxt_switches`, every time a thread stopped running, which for an idle process
  /// is every wake-up (a thread that wakes runs, then sleeps again: one switch). Empty when the
  /// process is gone.
  static func contextSwitches(of pid: pid_t) -> [Int: Int] {
    guard let directory = opendir("/proc/\(pid)/task") else { return [:] }
    defer { closedir(directory) }
    var switches: [Int: Int] = [:]
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard let thread = Int(name) else { continue }
      let status = fields(of: "/proc/\(pid)/task/\(name)/status")
      guard let voluntary = status["voluntary_ctxt_switches"],
        let involuntary = status["nonvoluntary_ctxt_switches"]
      else { continue }
      switches[thread] = voluntary + involuntary
    }
    return switches
  }

  /// The numeric fields of a status file by name (`VmRSS:  1234 kB` gives 1234).
  private static func fields(of path: String) -> [String: Int] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return [:] }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while true {
      let length = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard length > 0 else { break }
      bytes += buffer[..<length]
    }
    var result: [String: Int] = [:]
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      // The value follows a tab and, for some fields, spaces: "VmRSS:\t    1234 kB".
      let value = line[line.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\t" }).first
      if let value, let number = Int(value) { result[String(line[..<colon])] = number }
    }
    return result
  }
}
