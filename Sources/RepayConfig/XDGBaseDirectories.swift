/// The folders of the XDG base directory specification that repayd and repayctl look in, read
/// from an environment as the specification says: a relative value counts as unset, and an
/// unset or empty one means its default.
public enum XDGBaseDirectories {
  /// `$XDG_CONFIG_HOME`, else `$HOME/.config`.
  public static func configHome(environment: [String: String]) -> String {
    if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") { return base }
    return (environment["HOME"] ?? "") + "/.config"
  }

  /// `$XDG_DATA_HOME`, else `$HOME/.local/share`; nil when neither is absolute.
  public static func dataHome(environment: [String: String]) -> String? {
    if let base = environment["XDG_DATA_HOME"], base.hasPrefix("/") { return base }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.local/share"
  }

  /// The absolute folders of `$XDG_DATA_DIRS` in order, else `/usr/local/share` and
  /// `/usr/share`; each without a trailing `/`.
  public static func dataDirectories(environment: [String: String]) -> [String] {
    let value =
      environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share"
    return value.split(separator: ":").filter { $0.hasPrefix("/") }.map {
      $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : String($0)
    }
  }
}
