import Foundation

/// A real `dbus-monitor` on a test's bus, recording the method calls to the notification server
/// (`org.freedesktop.Notifications`) into a file, so that a test sees exactly what was sent over
/// the bus, independently of the code that sent it.
public final class BusMonitor: @unchecked Sendable {
  /// Debian's `dbus-monitor` (package `dbus-bin`).
  public static let executable = "/usr/bin/dbus-monitor"

  private let process: Process
  private let path: String

  /// Starts monitoring the bus at `address`, recording into the file `path`; returns once the
  /// monitor is in place (it printed the loss of its own name, which `BecomeMonitor` causes).
  init(address: String, path: String) throws {
    self.path = path
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? output.close() }
    process = Process()
    process.executableURL = URL(fileURLWithPath: Self.executable)
    process.arguments = [
      "--address", address, "type='method_call',interface='org.freedesktop.Notifications'",
    ]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = output
    try process.runWithSignalsUnblocked()
    try Polling.until("\(Self.executable) is monitoring \(address)", ended: process, log: path) {
      recorded().contains("member=NameLost")
    }
  }

  deinit { stop() }

  /// The arguments of each call of `member` recorded so far, in order.
  public func calls(_ member: String) -> [[MonitoredValue]] {
    // Each message starts with a header line naming its type and time; its arguments are
    // indented below it, except the further lines of a string that holds line breaks.
    let headers = ["method call time=", "method return time=", "signal time=", "error time="]
    var messages: [(header: Substring, lines: [Substring])] = []
    for line in recorded().split(separator: "\n", omittingEmptySubsequences: false) {
      if headers.contains(where: line.hasPrefix) {
        messages.append((line, []))
      } else if !messages.isEmpty {
        messages[messages.count - 1].lines.append(line)
      }
    }
    return messages.filter { $0.header.hasPrefix("method call ") && $0.header.hasSuffix("member=\(member)") }
      .map { MonitoredValue.arguments(of: $0.lines) }
  }

  /// The calls of `member`, once at least `count` were recorded; throws when they were not
  /// within `timeout`, with what was recorded.
  public func waitForCalls(_ member: String, count: Int, timeout: Duration = .seconds(60)) throws
    -> [[MonitoredValue]]
  {
    try Polling.until("\(count) \(member) call(s) on the bus", timeout: timeout, log: path) {
      calls(member).count >= count
    }
    return calls(member)
  }

  /// Stops the monitor by its pid.
  public func stop() {
    process.stop()
  }

  private func recorded() -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }
}
