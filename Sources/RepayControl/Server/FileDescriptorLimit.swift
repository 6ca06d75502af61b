#if canImport(Glibc)
  import Glibc
#endif

/// The process's limit on open files (`RLIMIT_NOFILE`).
public enum FileDescriptorLimit {
  /// Raises the soft limit to the hard limit, as systemd advises services that hold many
  /// connections do (the soft limit stays low by default for programs that use `select`);
  /// returns the limit now in force, nil when it cannot be read.
  @discardableResult
  public static func raiseSoftToHard() -> UInt? {
    guard var limit = current() else { return nil }
    if limit.rlim_cur < limit.rlim_max {
      var raised = limit
      raised.rlim_cur = limit.rlim_max
      if setrlimit(resource, &raised) == 0 { limit = raised }
    }
    return UInt(limit.rlim_cur)
  }

  /// How many descriptors a daemon keeps for its own files besides its clients' connections:
  /// the state database and its log, the journal, timers and watches, the session bus, and the
  /// pipes of the hooks running at once (some 25 are open when a daemon idles).
  public static let reserved = 48

  /// The soft limit in force now; nil when it cannot be read.
  public static func soft() -> UInt? {
    current().map { UInt($0.rlim_cur) }
  }

  /// How many connections a server may hold at once when `configured` are allowed: fewer when
  /// the soft limit cannot hold them besides `reserved` descriptors, so that a client past them
  /// is accepted and refused with a reply, rather than left in the listen queue while every
  /// `accept` fails with `EMFILE` (which NIO retries at once, keeping a core busy). At least one;
  /// `configured` when the limit cannot be read.
  public static func connections(allowedBy configured: Int) -> Int {
    guard let soft = soft() else { return configured }
    return max(1, min(configured, Int(clamping: soft) - reserved))
  }

  /// The limits in force, nil when they cannot be read.
  private static func current() -> rlimit? {
    var limit = rlimit()
    return getrlimit(resource, &limit) == 0 ? limit : nil
  }

  private static var resource: __rlimit_resource_t { __rlimit_resource_t(RLIMIT_NOFILE.rawValue) }
}
