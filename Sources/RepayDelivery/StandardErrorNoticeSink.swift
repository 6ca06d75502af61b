import RepayCore

/// Writes each notice as one line on standard error, `STAGE SUBJECT [DATE]: MESSAGE`: the record
/// of a daemon started where no journal runs (a terminal, a container).
public struct StandardErrorNoticeSink: NoticeSink {
  /// A sink onto this process's standard error.
  public init() {}

  /// `stderr`.
  public var name: String { "stderr" }

  /// Never: where no journal runs, this is the record of every notice.
  public var fold: CatchUpFold { .never }

  /// Writes the lines; a failed write is an error.
  public func deliver(_ notices: [Notice]) throws {
    for notice in notices {
      let subject = [notice.loan ?? notice.reminder, notice.occurrence?.description].compactMap { $0 }
      let line = ([notice.stage.rawValue] + subject).joined(separator: " ") + ": " + notice.message + "\n"
      guard StandardError.write(line) else { throw StandardErrorWriteError() }
    }
  }
}
