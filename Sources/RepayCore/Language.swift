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
    let locale = LocaleName(environment: environment, variables: LocaleName.messageVariables)
    self = locale?.language == "zh" ? .simplifiedChinese : .english
  }
}
