import RepayCore
import Systemd

/// Writes notices to the journal through `sd_journal_sendv`, one entry each with the design
/// brief's fields (`Notice.journalFields`). Its fold is fixed, not the configuration's: a
/// catch-up of more than `foldThreshold` notices is given to it as one `summary` entry with the
/// counts, because journald's default rate limit is 10,000 entries in 30 s per service, and a
/// flood would drown the daemon's own log.
public struct JournalNoticeSink: NoticeSink {
  /// More notices than this at once are folded into one summary entry.
  public static let foldThreshold = 100

  private let journal = Journal()

  /// A sink into the system's journal.
  public init() {}

  /// `journal`.
  public var name: String { "journal" }

  /// Above `foldThreshold`, whatever the configuration says.
  public var fold: CatchUpFold { .above(Self.foldThreshold) }

  /// Sends the entries; fails with the call's error when journald does not take one.
  public func deliver(_ notices: [Notice]) throws {
    for notice in notices {
      // The names are the brief's fixed ones, all valid.
      try journal.send(notice.journalFields.map { try JournalField($0.name, $0.value) })
    }
  }
}
