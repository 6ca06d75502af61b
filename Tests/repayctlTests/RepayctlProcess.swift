import Foundation
import RepayTestSupport

/// Runs the real `repayctl` binary that `swift build` put beside the test bundle.
enum RepayctlProcess {
  /// The binary: in the same build folder as the running test bundle.
  static let executable = URL(
    fileURLWithPath: try! FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  )
  .deletingLastPathComponent().appendingPathComponent("repayctl").path

  /// Runs `repayctl ARGUMENTS` with `LANG` set to `lang` and nothing else of the test's locale,
  /// `extra` added to the environment, feeding `input` on standard input, in `directory` (the
  /// test's own when nil), through `launcher` (a command line that runs the one after it, such
  /// as `setpriv`'s) when one is given.
  static func run(
    _ arguments: [String], lang: String = "C.UTF-8", input: String = "",
    environment extra: [String: String] = [:], in directory: String? = nil, launcher: [String] = []
  ) throws -> ChildProcess.Outcome {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
    environment["LANG"] = lang
    environment.merge(extra) { _, new in new }
    let command = launcher + [executable] + arguments
    return try ChildProcess.run(
      command[0], Array(command.dropFirst()), environment: environment, input: input, in: directory)
  }
}
