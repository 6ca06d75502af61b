/// The languages in which repayd speaks to people: every message a user sees exists in both.
///
/// The raw value is the identifier used in configuration (`locale = "zh-Hans"`) and in docs.
public enum Language: String, Sendable, CaseIterable, Hashable {
  /// English.
  case english = "en"
  /// Simplified Chinese.
  case simplifiedChinese = "zh-Hans"

  /// The language the POSIX locale variables ask for, in their order of precedence
  /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one set and non-empty decides).
  ///
  /// A locale whose language is `zh` (for example `zh_CN.UTF-8`, `zh_SG`, `zh`) selects
  /// Simplified Chinese; anything else, including `C`, `POSIX` and an unset environment, selects
  /// English. The environment is a parameter so that this stays pure; the executables pass
  /// their own.
  public init(localeEnvironment environment: [String: String]) {
    let variable = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
      .compactMap { environment[$0] }
      .first { !$0.isEmpty }
    guard let variable else {
      self = .english
      return
    }
    // "zh_CN.UTF-8@euro" -> "zh": the language is what precedes the territory, codeset and modifier.
    let language = variable.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }
    self = language.lowercased() == "zh" ? .simplifiedChinese : .english
  }
}
