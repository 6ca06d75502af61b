import CSystemd

#if canImport(Glibc)
  import Glibc
#endif

/// The one gate to libsystemd, to the C wrappers of `CSystemd`, and to the plain system calls
/// the module makes (the timerfd of `ClockChangeWatch`, the lock file of `InstanceLock`): every
/// call goes through here, and nowhere else in the package imports `CSystemd`.
///
/// libsystemd and the C wrappers report failure as a negative errno value in the return value
/// (they do not set `errno`), so each call's result passes through `check(_:_:)`, which turns it
/// into a `SystemdCallError` naming the call. A plain system call reports failure as -1 with
/// `errno` set; `system(_:_:)` reads `errno` at once, on the calling thread, and hands `-errno`
/// to the same `check`. One place for that mapping means no caller can forget it or read a
/// stale `errno` instead.
enum LibSystemd {
  /// `sd_journal_sendv(iovecs, count)`: one journal entry of `NAME=value` fields.
  @inline(never)
  static func journalSendv(_ fields: UnsafePointer<iovec>, count: Int) throws(SystemdCallError) {
    try check("sd_journal_sendv", sd_journal_sendv(fields, Int32(count)))
  }

  /// `sd_notify(0, state)`: true when the message was sent, false when `NOTIFY_SOCKET` is unset
  /// (libsystemd's 0), which is how a process not started by systemd is meant to be told apart.
  @inline(never)
  static func notify(_ state: String) throws(SystemdCallError) -> Bool {
    // unset_environment 0: the variable must stay for every later message (STATUS=, WATCHDOG=1).
    try check("sd_notify", state.withCString { sd_notify(0, $0) }) > 0
  }

  /// `sd_watchdog_enabled(0, &usec)`: the interval in microseconds when systemd asked this
  /// process for keep-alive pings, nil when it did not.
  @inline(never)
  static func watchdogEnabled() throws(SystemdCallError) -> UInt64? {
    var microseconds: UInt64 = 0
    let enabled = try check("sd_watchdog_enabled", sd_watchdog_enabled(0, &microseconds))
    return enabled > 0 ? microseconds : nil
  }

  /// `timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC)`: a new realtime timerfd,
  /// unarmed.
  @inline(never)
  static func realtimeTimerCreate() throws(SystemdCallError) -> Int32 {
    try system("timerfd_create") { timerfd_create(CLOCK_REALTIME, Int32(TFD_NONBLOCK | TFD_CLOEXEC)) }
  }

  /// `timerfd_settime(descriptor, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET)` at the latest
  /// `time_t`: a deadline that never comes, so that the only thing the timerfd ever reports is
  /// that the realtime clock was set (systemd's own `time_change_fd()` arms it the same way).
  @inline(never)
  static func armCancelOnSet(_ descriptor: Int32) throws(SystemdCallError) {
    // The kernel accepts any non-negative tv_sec and clamps it to its own latest instant.
    var setting = itimerspec(it_interval: timespec(), it_value: timespec(tv_sec: time_t.max, tv_nsec: 0))
    try system("timerfd_settime") {
      timerfd_settime(descriptor, Int32(TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET), &setting, nil)
    }
  }

  /// `timerfd_settime(descriptor, TFD_TIMER_ABSTIME)` at `microseconds` since 1970 on the
  /// realtime clock: the timer expires once, at that instant.
  @inline(never)
  static func armAbsolute(_ descriptor: Int32, atMicroseconds microseconds: Int64) throws(SystemdCallError) {
    let deadline = timespec(
      tv_sec: Int(microseconds / 1_000_000), tv_nsec: Int(microseconds % 1_000_000) * 1_000)
    var setting = itimerspec(it_interval: timespec(), it_value: deadline)
    try system("timerfd_settime") { timerfd_settime(descriptor, Int32(TFD_TIMER_ABSTIME), &setting, nil) }
  }

  /// `poll(descriptor, POLLIN, -1)`: blocks until `descriptor` is readable, retrying on `EINTR`.
  @inline(never)
  static func waitReadable(_ descriptor: Int32) throws(SystemdCallError) {
    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    while true {
      do {
        try system("poll") { poll(&ready, 1, -1) }
        return
      } catch  where error.errorNumber == EINTR {
        continue
      }
    }
  }

  /// `read(descriptor, &expirations, 8)` on a timerfd: the number of expirations since the last
  /// read. Throws `EAGAIN` when there is nothing to read on a nonblocking one, and `ECANCELED`
  /// when a `TFD_TIMER_CANCEL_ON_SET` timer's clock was set.
  @inline(never)
  static func timerRead(_ descriptor: Int32) throws(SystemdCallError) -> UInt64 {
    var expirations: UInt64 = 0
    _ = try system("read(timerfd)") {
      read(descriptor, &expirations, MemoryLayout<UInt64>.size)
    }
    return expirations
  }

  /// `inotify_init1(IN_NONBLOCK | IN_CLOEXEC)`: a new inotify instance.
  @inline(never)
  static func inotifyCreate() throws(SystemdCallError) -> Int32 {
    try system("inotify_init1") { inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC)) }
  }

  /// `inotify_add_watch(descriptor, path, mask)`: watches `path` for the events in `mask`.
  @inline(never)
  static func inotifyWatch(_ descriptor: Int32, _ path: String, mask: UInt32) throws(SystemdCallError) {
    try system("inotify_add_watch") { inotify_add_watch(descriptor, path, mask) }
  }

  /// Reads what is available on the nonblocking `descriptor`, up to `capacity` bytes; empty
  /// when nothing is (`EAGAIN`).
  @inline(never)
  static func readAvailable(_ descriptor: Int32, capacity: Int) throws(SystemdCallError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: capacity)
    do {
      let count = try system("read") {
        buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, capacity) }
      }
      return Array(buffer[0..<count])
    } catch  where error.errorNumber == EAGAIN {
      return []
    }
  }

  /// `mallopt(M_MMAP_THRESHOLD, bytes)`: blocks of at least `bytes` get their own mapping,
  /// unmapped when freed, and glibc stops raising the threshold (and the trim threshold, twice
  /// it) after each such block is freed; true when glibc took the setting.
  @inline(never)
  static func fixMallocMapThreshold(bytes: Int32) -> Bool {
    mallopt(M_MMAP_THRESHOLD, bytes) == 1
  }

  /// `malloc_trim(0)`: returns freed heap memory to the kernel; true when some was.
  @inline(never)
  static func trimFreedMemory() -> Bool {
    malloc_trim(0) == 1
  }

  /// `mkdir(path, mode)`.
  @inline(never)
  static func makeDirectory(_ path: String, mode: mode_t) throws(SystemdCallError) {
    try system("mkdir") { mkdir(path, mode) }
  }

  /// `open(path, flags, mode)`: the new descriptor.
  @inline(never)
  static func openFile(_ path: String, flags: Int32, mode: mode_t) throws(SystemdCallError) -> Int32 {
    try system("open") { open(path, flags, mode) }
  }

  /// `flock(descriptor, operation)`.
  @inline(never)
  static func fileLock(_ descriptor: Int32, _ operation: Int32) throws(SystemdCallError) {
    try system("flock") { flock(descriptor, operation) }
  }

  /// `pread(descriptor, buffer, count, 0)`: up to `count` bytes from the start of a file.
  @inline(never)
  static func readStart(_ descriptor: Int32, count: Int) throws(SystemdCallError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    let read = try system("pread") {
      bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, 0) }
    }
    return Array(bytes.prefix(read))
  }

  /// `ftruncate(descriptor, 0)` then `pwrite(descriptor, bytes, 0)`: the file holds exactly
  /// `bytes`. A short write is reported as `EIO`, since the caller's text would be cut.
  @inline(never)
  static func replaceContents(_ descriptor: Int32, with bytes: [UInt8]) throws(SystemdCallError) {
    try system("ftruncate") { ftruncate(descriptor, 0) }
    let written = try system("pwrite") {
      bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }
    if written != bytes.count { throw SystemdCallError(call: "pwrite", errorNumber: EIO) }
  }

  /// `close(descriptor)`, whose result is of no use: Linux frees the descriptor whatever it
  /// returns, and the only failure possible for a timerfd or a lock file (`EBADF`) is a caller
  /// closing twice.
  @inline(never)
  static func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
  }

  /// `fcntl(descriptor, F_DUPFD_CLOEXEC, 0)`: a second descriptor, close-on-exec, for the same
  /// open file.
  @inline(never)
  static func duplicateDescriptor(_ descriptor: Int32) throws(SystemdCallError) -> Int32 {
    try system("fcntl(F_DUPFD_CLOEXEC)") { fcntl(descriptor, F_DUPFD_CLOEXEC, 0) }
  }

  /// Maps a libsystemd result: `result` itself when it is not negative, else a `SystemdCallError`
  /// for `call` with the errno value `-result`. Internal, not private, for the gate's other
  /// files (`LibSystemd+Bus`).
  @discardableResult
  static func check(_ call: String, _ result: Int32) throws(SystemdCallError) -> Int32 {
    if result < 0 { throw SystemdCallError(call: call, errorNumber: -result) }
    return result
  }

  /// A system call that returns -1 and sets `errno` on failure, mapped by `check`.
  @discardableResult
  private static func system<Result: FixedWidthInteger>(
    _ call: String, _ body: () -> Result
  ) throws(SystemdCallError) -> Result {
    let result = body()
    if result == -1 { try check(call, -errno) }
    return result
  }
}
