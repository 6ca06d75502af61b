import Foundation

/// A long-running child of `repay-bench daemon` (repayd, repay-idle or the ticking wheel),
/// started with its own notify socket and left running until it has said `READY=1`.
struct IdleProcess {
  /// What the reports call it.
  let name: String
  /// The running child.
  let child: ChildProcess
  /// Its last `STATUS=` before `READY=1`, if any.
  let status: String?

  /// Starts `executable` in `directory` (its log and notify socket go there) and waits for its
  /// `READY=1`; throws, after ending it, when none comes within `timeoutSeconds`.
  init(name: String, _ executable: String, _ arguments: [String], directory: String, timeoutSeconds: Int = 60)
    throws
  {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let socket = try NotifySocket(path: directory + "/notify")
    let child = try ChildProcess(
      executable, arguments,
      environment: DaemonEnvironment.forChild(notifySocket: socket.path, home: directory),
      outputPath: directory + "/output.log")
    guard let ready = socket.awaitReady(timeoutMilliseconds: timeoutSeconds * 1_000) else {
      let exit = child.terminate()
      throw ValidationFailure(
        "\(name): no READY=1 within \(timeoutSeconds) s (exit \(exit); see \(directory)/output.log)")
    }
    self.name = name
    self.child = child
    status = ready.status
  }
}
