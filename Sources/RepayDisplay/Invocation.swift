import RepayConfig
import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// What this run of `repayctl` was started with that every command shares: its environment, the
/// language the user's locale asks for, the clock and the standard error stream.
public enum Invocation {
  /// The user's language, from `LC_ALL`, `LC_MESSAGES` or `LANG`.
  public static let language = Language(localeEnvironment: environment)

  /// The process's environment, read once.
  public static let environment = ProcessEnvironment.current()

  /// `en` or `zh`, whichever the user's language is.
  public static func text(en: String, zh: String) -> String {
    language.text(en: en, zh: zh)
  }

  /// Now, in microseconds since 1970: the one clock reading of a command.
  public static func currentMicroseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1_000
  }

  /// Writes `message` and a newline to standard error, for a person: neutralized as
  /// `TerminalText` says, since messages quote names and replies that others wrote.
  public static func printError(_ message: String) {
    printErrorJSON(TerminalText.neutralized(message))
  }

  /// Writes `json` and a newline to standard error exactly as made: `--json`'s errors.
  public static func printErrorJSON(_ json: String) {
    // A failed write has nowhere to be told.
    _ = Array((json + "\n").utf8).withUnsafeBytes { DescriptorWrite.all($0, to: STDERR_FILENO) }
  }
}
