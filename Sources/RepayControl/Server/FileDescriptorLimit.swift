#if canImport(Glibc)
  import Glibc
#endif

/// The process's limit on open files (`RLIMIT_NOFILE`).
public enum FileDescriptorLimit {
  /// Raises the soft limit to the hard limit, as systemd advises services that hold many
  /// connections do (the soft limit stays low by default for programs that use `select`);
  /// returns the limit now in force.
  @discardableResult
  public static func raiseSoftToHard() -> UInt {
    var limit = rlimit()
    guard getrlimit(resource, &limit) == 0 else { return 0 }
    if limit.rlim_cur < limit.rlim_max {
      var raised = limit
      raised.rlim_cur = limit.rlim_max
      if setrlimit(resource, &raised) == 0 { limit = raised }
    }
    return UInt(limit.rlim_cur)
  }

  private static var resource: __rlimit_resource_t { __rlimit_resource_t(RLIMIT_NOFILE.rawValue) }
}
