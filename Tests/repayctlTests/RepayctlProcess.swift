import Foundation

/// Runs the real `repayctl` binary that `swift build` put beside the test bundle.
struct RepayctlProcess {
  /// What one run printed and how it ended.
  struct Outcome {
    let status: Int32
    let standardOutput: String
    let standardError: String
  }

  /// The binary: in the same build folder as the running test bundle.
  static let executable = URL(
    fileURLWithPath: try! FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  )
  .deletingLastPathComponent().appendingPathComponent("repayctl")

  /// Runs `repayctl ARGUMENTS` with `LANG` set to `lang` and nothing else of the test's locale,
  /// `extra` added to the environment, feeding `input` on standard input.
  static func run(
    _ arguments: [String], lang: String = "C.UTF-8", input: String = "",
    environment extra: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
    environment["LANG"] = lang
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a full pipe cannot block the child.
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: output, as: UTF8.self),
      standardError: String(decoding: error, as: UTF8.self))
  }
}
