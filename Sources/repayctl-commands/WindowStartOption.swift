import ArgumentParser
import RepayCore
import RepayDisplay

/// `--from DATE`, the first day of a window of days (default: today), and the check of the
/// window's `--days`, shared by the commands that list a window from the configuration.
struct WindowStartOption: ParsableArguments {
  /// The most days a window may have: ten years.
  static let maximumDays = 3_660

  @Option(
    help: ArgumentHelp(
      Invocation.text(en: "The first day, YYYY-MM-DD (default: today).", zh: "起始日期 YYYY-MM-DD（默认：今天）。"),
      valueName: "date"))
  var from: String?

  /// The date `--from` names; nil when it was not given (`validate` refused any other text).
  var date: LocalDate? { from.flatMap(LocalDate.init(parsing:)) }

  func validate() throws {
    if let from, LocalDate(parsing: from) == nil {
      throw ValidationError(
        Invocation.text(
          en: "--from '\(from)' is not a date; write YYYY-MM-DD.", zh: "--from '\(from)' 不是日期；请写成 YYYY-MM-DD。"
        ))
    }
  }

  /// Refuses a `--days` outside 1 to 3660.
  static func validate(days: Int) throws {
    guard (1...maximumDays).contains(days) else {
      throw ValidationError(
        Invocation.text(en: "--days must be between 1 and 3660.", zh: "--days 必须在 1 到 3660 之间。"))
    }
  }
}
