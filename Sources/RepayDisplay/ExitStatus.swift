/// The exit statuses of `repayctl`, fixed by the design brief.
public enum ExitStatus {
  /// The command did what was asked.
  public static let success: Int32 = 0
  /// The daemon or a check reported an error.
  public static let failure: Int32 = 1
  /// The command line was wrong.
  public static let usage: Int32 = 2
  /// The daemon is not reachable.
  public static let unreachable: Int32 = 3
}
