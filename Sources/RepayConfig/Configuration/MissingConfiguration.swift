import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// No configuration at the default place, as on the first start of a packaged install: repayd
/// then runs with no loans and says, in its status and its log, how to write one.
public struct MissingConfiguration: Sendable, Hashable {
  /// The file to write: `$XDG_CONFIG_HOME/repayd/repayd.toml`.
  public var file: String

  /// The missing configuration whose file is `file`.
  public init(file: String) {
    self.file = file
  }

  /// The missing configuration of `environment`'s default place (`ConfigurationFiles`) when
  /// nothing there is to read: the folder does not exist, or holds neither `repayd.toml` nor
  /// `loans.d/*.toml`. Nil when something is there, readable or not, which is read as usual.
  public static func atDefaultPlace(environment: [String: String]) -> MissingConfiguration? {
    let folder = ConfigurationFiles.defaultDirectory(environment: environment)
    let missing = MissingConfiguration(file: folder + "/repayd.toml")
    var status = stat()
    guard stat(folder, &status) == 0 else { return errno == ENOENT ? missing : nil }
    guard status.st_mode & S_IFMT == S_IFDIR, access(missing.file, F_OK) != 0, errno == ENOENT else {
      return nil
    }
    return (ConfigurationFiles.tomlFiles(in: folder + "/loans.d") ?? []).isEmpty ? missing : nil
  }

  /// What to do, in `language`: write the file with `repayctl init`, then have repayd read it.
  public func hint(in language: Language) -> String {
    language.text(
      en: "No configuration at \(file): run `repayctl init`, then `systemctl --user reload repayd`",
      zh: "\(file) 处没有配置：请运行 `repayctl init`，然后运行 `systemctl --user reload repayd`")
  }
}
