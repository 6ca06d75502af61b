// The child process of the Systemd tests, for what needs a process of its own: sd_notify and
// sd_watchdog_enabled read NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID from the environment,
// and sd_bus_open_user DBUS_SESSION_BUS_ADDRESS, which a test can set only for a child; an instance lock is held by another process; a closed
// descriptor's number is not reused by another thread before it is read. Each argument is one
// step, done in order, with one line of output:
//
//   ready | status=TEXT | reloading=USEC | stopping | watchdog   -> "sent" or "not sent"
//   watchdog-interval                                           -> microseconds, or "none"
//   lock=DIR       takes the instance lock in DIR and keeps it  -> "locked PID"
//   hold           waits until a signal ends the process        -> nothing
//   closed-clock-watch   reads a clock-change watch after closing it (an error, always)
//   notification-capabilities   the notification server's capabilities, on the session bus
//                                that sd_bus_open_user finds   -> the names, space-separated
//
// A failed step prints the error on standard error and exits 1.

import Systemd

#if canImport(Glibc)
  import Glibc
#endif

let notifier = ServiceNotifier()
// The locks taken, kept until the process ends.
var locks: [InstanceLock] = []

func fail(_ text: String, status: Int32) -> Never {
  let line = Array((text + "\n").utf8)
  _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  exit(status)
}

func notification(_ step: String) -> ServiceNotification? {
  let (name, value) =
    step.firstIndex(of: "=").map { (String(step[..<$0]), String(step[step.index(after: $0)...])) }
    ?? (step, "")
  switch name {
  case "ready": return .ready
  case "status": return .status(value)
  case "reloading": return UInt64(value).map { .reloading(monotonicMicroseconds: $0) }
  case "stopping": return .stopping
  case "watchdog": return .watchdog
  default: return nil
  }
}

for step in CommandLine.arguments.dropFirst() {
  do {
    if step == "watchdog-interval" {
      let interval = try notifier.watchdogInterval()
      print(
        interval.map {
          String($0.components.seconds * 1_000_000 + $0.components.attoseconds / 1_000_000_000_000)
        } ?? "none")
    } else if step.hasPrefix("lock=") {
      locks.append(try InstanceLock.acquire(directory: String(step.dropFirst("lock=".count))))
      print("locked \(getpid())")
      fflush(nil)  // standard output is a pipe, fully buffered: the test waits for this line
    } else if step == "hold" {
      while true { pause() }
    } else if step == "closed-clock-watch" {
      let watch = try ClockChangeWatch()
      watch.close()
      _ = try watch.consumeChange()
    } else if step == "notification-capabilities" {
      print(try NotificationClient(bus: SessionBus()).capabilities().joined(separator: " "))
    } else if let notification = notification(step) {
      print(try notifier.notify(notification) ? "sent" : "not sent")
    } else {
      fail("systemd-probe: unknown step \(step)", status: 2)
    }
  } catch {
    fail("\(error)", status: 1)
  }
}
