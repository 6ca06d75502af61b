/// A POSIX locale name as a locale variable holds it (`zh_CN.UTF-8@euro`, `en_US`, `C`): its
/// language and territory, the parts repayd decides by.
public struct LocaleName: Hashable, Sendable {
  /// The variables that choose the language of messages, in their order of precedence.
  public static let messageVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]
  /// The variables that choose how dates are written (the first day of the week among them), in
  /// their order of precedence.
  public static let timeVariables = ["LC_ALL", "LC_TIME", "LANG"]

  /// The language, lowercased: `zh` of `zh_CN.UTF-8`, `c` of `C`.
  public let language: String
  /// The territory, uppercased: `CN` of `zh_CN.UTF-8`; nil when the name has none.
  public let territory: String?

  /// The locale that the first of `variables` set and non-empty in `environment` names, as the
  /// C library picks a category's locale; nil when none is set. The environment is a parameter
  /// so that this stays pure.
  public init?(environment: [String: String], variables: [String]) {
    guard let name = variables.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) else {
      return nil
    }
    // "zh_CN.UTF-8@euro": the language precedes the territory, the territory the codeset and
    // the modifier; "zh-Hans" is read alike.
    let language = name.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }
    self.language = language.lowercased()
    let rest = name.dropFirst(language.count)
    if let separator = rest.first, separator == "_" || separator == "-" {
      let territory = rest.dropFirst().prefix { $0 != "." && $0 != "@" }
      self.territory = territory.isEmpty ? nil : territory.uppercased()
    } else {
      territory = nil
    }
  }
}
