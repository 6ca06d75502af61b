#if canImport(Glibc)
  import Glibc
#endif

/// Readings of this process's clocks and memory, for the benchmarks.
enum ProcessProbe {
  /// Nanoseconds of CLOCK_MONOTONIC: wall time, unaffected by clock steps.
  static func monotonicNanoseconds() -> UInt64 {
    read(clock: CLOCK_MONOTONIC)
  }

  /// Nanoseconds of CPU time used by all threads of the process, including libdispatch's own.
  static func cpuNanoseconds() -> UInt64 {
    read(clock: CLOCK_PROCESS_CPUTIME_ID)
  }

  /// The resident set size in bytes: the second field of /proc/self/statm, in pages.
  static func residentBytes() -> Int {
    let descriptor = open("/proc/self/statm", O_RDONLY)
    precondition(descriptor >= 0, "cannot open /proc/self/statm")
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 128)
    let length = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
    precondition(length > 0, "cannot read /proc/self/statm")
    let fields = buffer[..<length].split(separator: UInt8(ascii: " "))
    guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else {
      preconditionFailure("unexpected /proc/self/statm")
    }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  /// Hands memory that malloc holds free back to the kernel, so that the next RSS delta starts
  /// from what is really in use rather than from pages freed by an earlier measurement.
  static func returnFreeMemory() {
    // glibc's malloc_trim, looked up at run time: Swift's Glibc module does not import malloc.h.
    typealias MallocTrim = @convention(c) (Int) -> Int32
    guard let mallocTrim = dlsym(nil, "malloc_trim") else { return }
    _ = unsafeBitCast(mallocTrim, to: MallocTrim.self)(0)
  }

  private static func read(clock: clockid_t) -> UInt64 {
    var time = timespec()
    clock_gettime(clock, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }
}
