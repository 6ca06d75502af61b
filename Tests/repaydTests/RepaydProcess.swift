import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary that `swift build` put beside the test bundle, running in the
/// background: started with given arguments and environment, signalled and waited for by pid.
final class RepaydProcess {
  /// The binary: in the same build folder as the running test bundle.
  static let executable = URL(
    fileURLWithPath: try! FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  )
  .deletingLastPathComponent().appendingPathComponent("repayd").path

  private let process = Process()
  private let errorFile: URL

  /// Starts `repayd ARGUMENTS` with the test's environment, its locale replaced by `LANG=C.UTF-8`
  /// and `extra` added; standard error goes to a file read by `standardError`. With `throughEnv`,
  /// through `/usr/bin/env`, which replaces itself with repayd (the pid stays repayd's): with
  /// libfaketime preloaded, env is the process that creates its shared objects, so that repayd
  /// keeps its arguments (see `LibFaketime`). `executable` is another copy of repayd to run.
  /// `launcher` goes before the command line, a program that replaces itself with repayd
  /// (`MountNamespace.launcher`), so the pid stays repayd's there too.
  init(
    _ arguments: [String], environment extra: [String: String] = [:], throughEnv: Bool = false,
    executable: String = RepaydProcess.executable, launcher: [String] = []
  ) throws {
    var environment = ProcessInfo.processInfo.environment.filter {
      !$0.key.hasPrefix("LC_") && $0.key != "NOTIFY_SOCKET"
    }
    environment["LANG"] = "C.UTF-8"
    environment.merge(extra) { _, new in new }
    errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    let command = launcher + (throughEnv ? ["/usr/bin/env"] : []) + [executable] + arguments
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
  }

  /// The process id.
  var pid: Int32 { process.processIdentifier }

  /// Whether the process is still running (not yet ended and reaped).
  var isRunning: Bool { process.isRunning }

  /// Sends `signal` to the process.
  func send(_ signal: Int32) { kill(pid, signal) }

  /// Waits up to `timeout` for the process to end: its exit status, or the signal that ended it
  /// as a negative number; nil when it is still running (it is then killed, so that no test
  /// leaves it behind).
  func waitForExit(timeout: Duration = .seconds(60)) -> Int32? {
    let deadline = ContinuousClock.now + timeout
    while process.isRunning, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
    guard !process.isRunning else {
      send(SIGKILL)
      process.waitUntilExit()
      return nil
    }
    return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
  }

  /// Everything written to standard error so far.
  var standardError: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

  deinit {
    if process.isRunning {
      send(SIGKILL)
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(at: errorFile)
  }
}
