import Foundation
import Logging

/// A swift-log handler that keeps what is logged, for the tests that count warnings.
struct RecordingLogHandler: LogHandler {
  /// The messages logged so far, with their levels, shared by every copy of the handler.
  final class Records: @unchecked Sendable {
    // Guarded by `lock`: the sink logs on its own queue.
    private let lock = NSLock()
    private var entries: [(Logger.Level, String)] = []

    /// The messages logged at `level`, in order.
    func messages(at level: Logger.Level) -> [String] {
      lock.withLock { entries.filter { $0.0 == level }.map(\.1) }
    }

    fileprivate func append(_ level: Logger.Level, _ message: String) {
      lock.withLock { entries.append((level, message)) }
    }
  }

  let records: Records
  var logLevel: Logger.Level = .trace
  var metadata: Logger.Metadata = [:]

  /// A logger whose handler records into a new `Records`, and those records.
  static func logger() -> (Logger, Records) {
    let records = Records()
    return (Logger(label: "test") { _ in RecordingLogHandler(records: records) }, records)
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    records.append(event.level, event.message.description)
  }
}
