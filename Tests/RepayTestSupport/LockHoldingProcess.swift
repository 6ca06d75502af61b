import Foundation

/// A child `sqlite3` process that holds an exclusive write lock on a database until `release()`:
/// another process that keeps the state database busy, as a second repayd or a person's own
/// `sqlite3` would.
public final class LockHoldingProcess {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()

  /// Starts `sqlite3` on `path` and returns once it holds the lock (it says so on its output).
  public init(path: String) throws {
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path]
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(
      Data("BEGIN EXCLUSIVE;\nINSERT INTO meta (key, value) VALUES ('held', 1);\n.print held\n".utf8))
    var said = Data()
    while !said.contains(UInt8(ascii: "\n")) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      said.append(chunk)
    }
    guard String(decoding: said, as: UTF8.self) == "held\n" else {
      release()
      throw CocoaError(.fileLocking)
    }
  }

  /// Ends the process (closing its input ends `sqlite3`, rolling its transaction back) and
  /// waits for it.
  public func release() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
