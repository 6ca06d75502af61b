import Foundation

/// Runs a program as a child process for a test: the real tools (`systemd-analyze`, `zdump`,
/// `repayctl`) are the oracles and the subjects of the tests.
public enum ChildProcess {
  /// What one run printed and how it ended.
  public struct Outcome: Sendable {
    /// The exit status.
    public let status: Int32
    /// Everything written to standard output, as UTF-8.
    public let standardOutput: String
    /// Everything written to standard error, as UTF-8.
    public let standardError: String
  }

  /// Runs `executable` with `arguments` and `environment` (the test's own when nil), in
  /// `directory` (the test's own when nil), feeding `input` on standard input, and waits for it
  /// to end.
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String = "",
    in directory: String? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    if let environment { process.environment = environment }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    // Both pipes are drained concurrently with the child, so that neither can fill up and block it.
    let errorData = LockedData()
    let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
    errorReader.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let error = errorData.waitForValue()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: output, as: UTF8.self),
      standardError: String(decoding: error, as: UTF8.self))
  }
}

/// Bytes handed from the thread that reads standard error to the one that waits for them.
private final class LockedData: @unchecked Sendable {
  private let condition = NSCondition()
  private var value: Data?

  func set(_ data: Data) {
    condition.lock()
    value = data
    condition.signal()
    condition.unlock()
  }

  func waitForValue() -> Data {
    condition.lock()
    defer { condition.unlock() }
    while value == nil { condition.wait() }
    return value!
  }
}
