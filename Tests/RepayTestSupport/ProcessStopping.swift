import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Process {
  /// Stops a child the tests started, by its pid: SIGTERM, then SIGKILL if it is still there
  /// after `grace`; returns once it has been reaped. Nothing when it already ended.
  public func stop(grace: Duration = .seconds(10)) {
    guard isRunning else { return }
    kill(processIdentifier, SIGTERM)
    let deadline = ContinuousClock.now + grace
    while isRunning && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if isRunning { kill(processIdentifier, SIGKILL) }
    waitUntilExit()
  }
}
