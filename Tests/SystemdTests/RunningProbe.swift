import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A `systemd-probe` child left running while the test goes on (holding an instance lock), and
/// stopped by its pid with `stop()`, which every test that starts one calls in a `defer`.
final class RunningProbe {
  private let process = Process()
  private let output = Pipe()

  /// Starts the probe with `steps` and waits for its first line of output, which it returns in
  /// `firstLine`: the steps before a `hold` are done once it is there.
  init(_ steps: [String]) throws {
    process.executableURL = URL(fileURLWithPath: SystemdProbe.executable)
    process.arguments = steps
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var bytes = Data()
    while !bytes.contains(UInt8(ascii: "\n")) {
      let more = output.fileHandleForReading.availableData
      if more.isEmpty { break }  // the probe ended without a line: firstLine says so
      bytes.append(more)
    }
    firstLine = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
  }

  /// The probe's first line of output ("" when it ended without one).
  let firstLine: String

  /// The probe's process id.
  var processID: Int32 { process.processIdentifier }

  /// Kills the probe (SIGKILL, by its pid) and reaps it; nothing is left running.
  func stop() {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }
}
