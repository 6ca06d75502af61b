import Logging
import Systemd

/// The daemon's own log (swift-log): to the journal as entries with `SYSLOG_IDENTIFIER=repayd`,
/// the level as `PRIORITY` and the source position as `CODE_FILE`, `CODE_LINE`, `CODE_FUNC`; or,
/// where no journal runs (or while the journal refuses entries), to standard error as
/// `repayd: LEVEL: MESSAGE`. Metadata is appended to
/// the message as `key=value`.
public struct DaemonLogHandler: LogHandler {
  /// The least severe level written.
  public var logLevel: Logger.Level
  /// Metadata added to every message of this logger.
  public var metadata: Logger.Metadata = [:]
  private let toJournal: Bool

  /// A handler writing at `level` and above, to the journal when `toJournal`, else to standard
  /// error.
  public init(level: Logger.Level, toJournal: Bool) {
    logLevel = level
    self.toJournal = toJournal
  }

  /// The metadata value under `key`.
  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  /// Writes one entry or line for `event`. An entry journald does not take (it stopped, or is
  /// restarting) goes to standard error instead, so that a journal outage, and what failed
  /// during it, is not logged into the void; a failure to write there is dropped: logging about
  /// the log has nowhere else to go.
  public func log(event: LogEvent) {
    var text = event.message.description
    let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
    if !merged.isEmpty {
      text += " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }
    if toJournal {
      let fields = [
        JournalField(.message, text), JournalField.priority(Self.priority(event.level)),
        JournalField(.syslogIdentifier, "repayd"), try? JournalField("CODE_FILE", event.file),
        try? JournalField("CODE_LINE", String(event.line)), try? JournalField("CODE_FUNC", event.function),
      ].compactMap { $0 }
      do {
        try Journal().send(fields)
        return
      } catch {}
    }
    StandardError.write("repayd: \(event.level): \(text)\n")
  }

  /// syslog's level for swift-log's: debug and trace 7, info 6, notice 5, warning 4, error 3,
  /// critical 2.
  private static func priority(_ level: Logger.Level) -> JournalPriority {
    switch level {
    case .trace, .debug: .debug
    case .info: .informational
    case .notice: .notice
    case .warning: .warning
    case .error: .error
    case .critical: .critical
    }
  }
}
