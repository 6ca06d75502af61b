import Foundation
import RepayCore

/// What this run of `repayctl` was started with that every command shares: the language the
/// user's locale asks for, and the standard error stream.
enum Invocation {
  /// The user's language, from `LC_ALL`, `LC_MESSAGES` or `LANG`.
  static let language = Language(localeEnvironment: ProcessInfo.processInfo.environment)

  /// `en` or `zh`, whichever the user's language is.
  static func text(en: String, zh: String) -> String {
    language.text(en: en, zh: zh)
  }

  /// Now, in microseconds since 1970: the one clock reading of a command.
  static func currentMicroseconds() -> Int64 {
    Int64((Date().timeIntervalSince1970 * 1_000_000).rounded(.down))
  }

  /// Writes `message` and a newline to standard error.
  static func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
