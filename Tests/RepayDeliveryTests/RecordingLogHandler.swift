import Foundation
import Logging

/// A swift-log handler that keeps what is logged, for the tests that count warnings and read a
/// hook's captured output.
struct RecordingLogHandler: LogHandler {
  /// One message logged, with its level and metadata (the handler's and the call's).
  struct Entry {
    let level: Logger.Level
    let message: String
    let metadata: Logger.Metadata
  }

  /// The messages logged so far, shared by every copy of the handler.
  final class Records: @unchecked Sendable {
    // Guarded by `lock`: the sinks log on their own queues.
    private let lock = NSLock()
    private var entries: [Entry] = []

    /// The messages logged at `level`, in order.
    func messages(at level: Logger.Level) -> [String] {
      lock.withLock { entries.filter { $0.level == level }.map(\.message) }
    }

    /// Every entry logged, in order.
    func all() -> [Entry] {
      lock.withLock { entries }
    }

    fileprivate func append(_ entry: Entry) {
      lock.withLock { entries.append(entry) }
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
    records.append(
      Entry(
        level: event.level, message: event.message.description,
        metadata: metadata.merging(event.metadata ?? [:]) { $1 }))
  }
}
