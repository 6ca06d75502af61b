import Foundation

/// Waiting for something a real process does in its own time: the condition is checked every
/// 20 ms until it holds or the timeout passes. The timeouts are generous limits against a hung
/// test, never measurements: a test asserts what happened, not how fast.
public enum Polling {
  /// Returns once `condition` holds; throws `PollingTimeout` naming `what` (with the contents
  /// of the file `log`, when given) if it did not within `timeout`, or as soon as `ended` (a
  /// process that should bring it about) is no longer running.
  public static func until(
    _ what: String, timeout: Duration = .seconds(60), ended process: Process? = nil, log: String? = nil,
    _ condition: () throws -> Bool
  ) throws {
    let deadline = ContinuousClock.now + timeout
    while try !condition() {
      let exited = process.map { !$0.isRunning } ?? false
      if exited || ContinuousClock.now >= deadline {
        let printed = log.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        throw PollingTimeout(
          description: "\(what): "
            + (exited ? "the process (pid \(process!.processIdentifier)) exited" : "not within \(timeout)")
            + (printed.isEmpty ? "" : "; it printed:\n\(printed)"))
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
  }
}

/// Something a test waited for did not happen.
public struct PollingTimeout: Error, CustomStringConvertible {
  /// What did not happen, and what the process printed.
  public var description: String

  /// A timeout described by `description`.
  public init(description: String) {
    self.description = description
  }
}
