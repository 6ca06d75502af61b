/// Where the state database lives: `DIR/state.sqlite` in the state directory.
public enum StateLocation {
  /// The database's file name inside the state directory.
  public static let fileName = "state.sqlite"

  /// The default state directory for the environment `environment`: `$XDG_STATE_HOME/repayd`,
  /// or `$HOME/.local/state/repayd` when `XDG_STATE_HOME` is unset, empty or relative (the XDG
  /// base directory specification says to ignore a relative one). Nil when neither gives an
  /// absolute path; the caller then asks for `--state-dir`.
  public static func defaultDirectory(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return joined(state, "repayd")
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return joined(home, ".local/state/repayd")
  }

  /// Creates the state directory `directory` and its missing parents with mode 0700, as
  /// opening a store there does; an existing directory keeps its mode.
  public static func makeDirectory(_ directory: String) throws(StoreError) {
    try StateFileCreation.makeDirectory(directory)
  }

  /// The database file in `directory`.
  public static func databasePath(inDirectory directory: String) -> String {
    joined(directory, fileName)
  }

  private static func joined(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
