import Dispatch
import Foundation
import Systemd
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What can be shown of `ClockChangeWatch` without setting the system clock, which no test may
/// do on a shared machine: a fresh watch is quiet (reads `EAGAIN`, wakes no read source), its
/// timerfd is nonblocking, close-on-exec and armed with `TFD_TIMER_ABSTIME |
/// TFD_TIMER_CANCEL_ON_SET` on CLOCK_REALTIME far ahead, and a failed read names the call. The
/// `ECANCELED` path (a clock that was set) cannot be caused here.
struct ClockChangeWatchTests {
  @Test("a fresh watch reports no change, however often it is asked")
  func quiet() throws {
    let watch = try ClockChangeWatch()
    defer { watch.close() }
    #expect(try watch.consumeChange() == false)
    #expect(try watch.consumeChange() == false)
  }

  @Test("the timerfd is nonblocking and close-on-exec")
  func flags() throws {
    let watch = try ClockChangeWatch()
    defer { watch.close() }
    let statusFlags = fcntl(watch.fileDescriptor, F_GETFL)
    let descriptorFlags = fcntl(watch.fileDescriptor, F_GETFD)
    try #require(statusFlags >= 0 && descriptorFlags >= 0)
    #expect(statusFlags & O_NONBLOCK != 0)
    #expect(descriptorFlags & FD_CLOEXEC != 0)
  }

  @Test("the kernel shows it armed on CLOCK_REALTIME with ABSTIME | CANCEL_ON_SET, centuries ahead")
  func armed() throws {
    let watch = try ClockChangeWatch()
    defer { watch.close() }
    // The kernel's own account of the timer (fs/timerfd.c, timerfd_show): the clock, the flags
    // of the last timerfd_settime in octal, and the time left as (seconds, nanoseconds).
    let info = try String(contentsOfFile: "/proc/self/fdinfo/\(watch.fileDescriptor)", encoding: .utf8)
    let fields = Dictionary(
      info.split(separator: "\n").compactMap { line -> (String, String)? in
        guard let colon = line.firstIndex(of: ":") else { return nil }
        return (
          String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        )
      }, uniquingKeysWith: { first, _ in first })
    #expect(fields["clockid"] == String(CLOCK_REALTIME))
    #expect(fields["settime flags"] == "03")
    let secondsLeft = fields["it_value"].flatMap { Int($0.dropFirst().prefix { $0 != "," }) }
    let centuries = 100 * 365 * 86_400
    #expect((secondsLeft ?? 0) > centuries, "\(info)")
    #expect(fields["it_interval"] == "(0, 0)")
  }

  @Test("a Dispatch read source on a fresh watch is never woken")
  func noWakeUps() throws {
    let watch = try ClockChangeWatch()
    let queue = DispatchQueue(label: "clock-change-watch-test")
    let source = DispatchSource.makeReadSource(fileDescriptor: watch.fileDescriptor, queue: queue)
    let wakeUps = WakeUpCounter()
    source.setEventHandler { wakeUps.add() }
    source.setCancelHandler { watch.close() }
    source.activate()
    // The verdict is the descriptor's own: not readable, so there is nothing to wake the source
    // (a wait for a handler that a busy machine may run late would prove nothing).
    var descriptor = pollfd(fd: watch.fileDescriptor, events: Int16(POLLIN), revents: 0)
    #expect(poll(&descriptor, 1, 0) == 0)
    Thread.sleep(forTimeInterval: 0.3)
    #expect(poll(&descriptor, 1, 0) == 0)
    source.cancel()
    #expect(queue.sync { wakeUps.count } == 0)
  }

  @Test("reading a closed watch is an error naming the read")
  func closedWatch() throws {
    // In the probe, a process with one thread, so that no other test can take the closed
    // descriptor's number before it is read.
    let outcome = try SystemdProbe.run(["closed-clock-watch"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError == "read(timerfd): Bad file descriptor (errno 9)\n")
  }
}

/// Wake-ups of a read source, counted on its queue.
private final class WakeUpCounter: @unchecked Sendable {
  private(set) var count = 0

  func add() { count += 1 }
}
