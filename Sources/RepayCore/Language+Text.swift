extension Language {
  /// `en` in English, `zh` in Simplified Chinese: the one place that picks between a message's
  /// two wordings.
  public func text(en: String, zh: String) -> String {
    self == .english ? en : zh
  }
}
