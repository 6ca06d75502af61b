extension Configuration {
  /// The language in force: the configuration's `locale` when it names one, else `locale`, the
  /// language of the process's locale (`Language(localeEnvironment:)`). The one place of that
  /// rule, for the daemon's notices and log and for what repayctl writes from a configuration.
  public func languageInForce(locale: Language) -> Language {
    language ?? locale
  }
}
