import Foundation
import RepayTestSupport

/// Runs the `systemd-probe` helper (Tests/SystemdProbe), which calls `ServiceNotifier` in a
/// process of its own, so that each test can give it its own `NOTIFY_SOCKET` and `WATCHDOG_*`.
enum SystemdProbe {
  /// The binary: in the same build folder as the running test bundle.
  static let executable = URL(
    fileURLWithPath: try! FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  )
  .deletingLastPathComponent().appendingPathComponent("systemd-probe").path

  /// Runs the probe with `steps` and the test's environment without any variable of the notify
  /// protocol, plus `extra`.
  static func run(_ steps: [String], environment extra: [String: String] = [:]) throws -> ChildProcess.Outcome
  {
    var environment = ProcessInfo.processInfo.environment.filter {
      !["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"].contains($0.key)
    }
    environment.merge(extra) { _, new in new }
    return try ChildProcess.run(executable, steps, environment: environment)
  }
}
