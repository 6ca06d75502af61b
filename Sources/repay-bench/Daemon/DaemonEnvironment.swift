/// The environment each child of `repay-bench daemon` gets, and nothing else from the
/// benchmark's own: no `XDG_RUNTIME_DIR`, so that repayd's instance lock goes into each run's
/// fresh state directory (the benchmark's daemons never meet a real one's lock, nor each other's);
/// no journal settings, so that where the log goes depends only on whether journald runs.
enum DaemonEnvironment {
  /// The environment for a child whose notify socket is `notifySocket`, with `home` as `HOME`.
  static func forChild(notifySocket: String?, home: String) -> [String: String] {
    var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home]
    if let notifySocket { environment["NOTIFY_SOCKET"] = notifySocket }
    return environment
  }
}
