import RepayCore
import Synchronization
import Systemd

/// Writes notices to the journal through `sd_journal_sendv`, one entry each with the design
/// brief's fields (`Notice.journalFields`), except that a catch-up of more than
/// `foldThreshold` notices becomes one `summary` entry with the counts: journald's default rate
/// limit is 10,000 entries in 30 s per service, and a flood would drown the daemon's own log.
public final class JournalNoticeSink: NoticeSink {
  /// More notices than this at once are folded into one summary entry.
  public static let foldThreshold = 100

  private let journal = Journal()
  /// Set again by a reload, read by the delivery queue.
  private let writer: Mutex<NoticeWriter>

  /// A sink into the system's journal; `writer` writes the summary of a folded catch-up.
  public init(writer: NoticeWriter) {
    self.writer = Mutex(writer)
  }

  /// `journal`.
  public var name: String { "journal" }

  /// Sends the entries; fails with the call's error when journald does not take one.
  public func deliver(_ notices: [Notice]) throws {
    let entries =
      notices.count > Self.foldThreshold ? [writer.withLock { $0 }.summary(of: notices)] : notices
    for notice in entries {
      // The names are the brief's fixed ones, all valid.
      try journal.send(notice.journalFields.map { try JournalField($0.name, $0.value) })
    }
  }

  /// Writes later summaries with `writer` (the threshold is the journal's, not the
  /// configuration's).
  public func reconfigure(for configuration: Configuration, writer: NoticeWriter) {
    self.writer.withLock { $0 = writer }
  }
}
