/// Standard error could not be written (closed, or a full disk behind a redirection).
public struct StandardErrorWriteError: Error, CustomStringConvertible {
  /// An error.
  public init() {}

  /// What happened, for the log.
  public var description: String { "standard error could not be written" }
}
