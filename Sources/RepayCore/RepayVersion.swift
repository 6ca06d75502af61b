/// The version of repayd and its tools, shown by `--version` and (later) in `GetInfo`.
///
/// Semantic versioning; the fixed interfaces of the design brief change only with a major version.
public enum RepayVersion {
  /// The current version string.
  public static let current = "0.1.0"
}
