import RepayCore

#if canImport(Glibc)
  import Glibc
#endif

/// Where a configuration lives: `$XDG_CONFIG_HOME/repayd/repayd.toml` plus
/// `$XDG_CONFIG_HOME/repayd/loans.d/*.toml` in lexical order, or `--config PATH`, a file (that
/// file alone) or a directory laid out the same way.
public struct ConfigurationFiles: Sendable, Hashable {
  /// The files to read, in order, each path as the user gave it (joined to their directory).
  public var files: [String]
  /// The directories they were found in, whose permissions matter too.
  public var directories: [String]

  /// The files and directories for `configPath` (nil for the default place) in `environment`
  /// (`XDG_CONFIG_HOME`, `HOME`); a diagnostic when there is nothing to read.
  public static func locate(configPath: String?, environment: [String: String], language: Language)
    -> Result<ConfigurationFiles, Diagnostics>
  {
    let path = configPath ?? defaultDirectory(environment: environment)
    var status = stat()
    guard stat(path, &status) == 0 else {
      let error = SourceFileError(path: path, errorNumber: errno)
      return .failure(
        Diagnostics([
          Diagnostic(
            .error, at: SourceLocation(file: path, line: 1, column: 1),
            ConfigProblem.noConfiguration(error.message(in: language)).message(in: language))
        ]))
    }
    guard status.st_mode & S_IFMT == S_IFDIR else {
      return .success(ConfigurationFiles(files: [path], directories: []))
    }
    let directory = path.hasSuffix("/") ? String(path.dropLast()) : path
    var files: [String] = []
    let main = directory + "/repayd.toml"
    if access(main, F_OK) == 0 { files.append(main) }
    var directories = [directory]
    let loans = directory + "/loans.d"
    if let names = tomlFiles(in: loans) {
      directories.append(loans)
      files += names.map { loans + "/" + $0 }
    }
    guard !files.isEmpty else {
      let english = language == .english
      let reason =
        english
        ? "neither repayd.toml nor loans.d/*.toml is in this directory"
        : "此目录中既没有 repayd.toml，也没有 loans.d/*.toml"
      return .failure(
        Diagnostics([
          Diagnostic(
            .error, at: SourceLocation(file: directory, line: 1, column: 1),
            ConfigProblem.noConfiguration(reason).message(in: language))
        ]))
    }
    return .success(ConfigurationFiles(files: files, directories: directories))
  }

  /// `$XDG_CONFIG_HOME/repayd`, or `$HOME/.config/repayd` when it is unset or not absolute (as
  /// the XDG base directory specification says).
  public static func defaultDirectory(environment: [String: String]) -> String {
    XDGBaseDirectories.configHome(environment: environment) + "/repayd"
  }

  /// The names ending in `.toml` in `directory`, in byte order; nil when it cannot be listed.
  static func tomlFiles(in directory: String) -> [String]? {
    DirectoryListing.names(in: directory)?.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }
      .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }
}
