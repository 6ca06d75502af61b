import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary's command line: usage errors exit 2, an unusable configuration or
/// state exits 1 with a message that says what and where, in the locale's language.
struct RepaydCommandLineTests {
  private func run(_ arguments: [String], lang: String = "C.UTF-8") throws -> ChildProcess.Outcome {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
    environment["LANG"] = lang
    return try ChildProcess.run(RepaydProcess.executable, arguments, environment: environment)
  }

  @Test("usage errors exit 2 and say what is wrong")
  func usage() throws {
    let both = try run(["--demo", "--config", "x.toml"])
    #expect(both.status == 2)
    #expect(both.standardError.contains("--demo runs the built-in household and reads no configuration"))
    let unknown = try run(["--bogus"])
    #expect(unknown.status == 2 && unknown.standardError.contains("Unknown option '--bogus'"))
    let level = try run(["--log-level", "loud"])
    #expect(level.status == 2)
    #expect(try run(["--version"]).status == 0)
  }

  @Test("the demo keeps its calendar feed in its state directory, with its household's events")
  func demoFeed() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-demo-feed-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let demo = try RepaydProcess(["--demo", "--state-dir", directory.path])
    let feed = directory.appendingPathComponent("repayd.ics").path
    // Written at the start: wait for it, with a margin far beyond a start on a busy machine.
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: feed), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.1)
    }
    demo.send(SIGTERM)
    #expect(demo.waitForExit() == 0, "\(demo.standardError)")
    let text = try String(contentsOfFile: feed, encoding: .utf8)
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(text.contains("UID:weilidai-") && text.contains("UID:huabei-"))
  }

  @Test("an invalid configuration exits 1 with every error at its file, line and column")
  func invalidConfiguration() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("repayd.toml").path
    try "[daemon]\ntimezone = \"Mars/Olympus\"\n".write(toFile: path, atomically: true, encoding: .utf8)
    let outcome = try run(["--config", path, "--state-dir", directory.appendingPathComponent("state").path])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("\(path):2:12: error: "), "\(outcome.standardError)")
    let chinese = try run(
      ["--config", path, "--state-dir", directory.appendingPathComponent("state").path], lang: "zh_CN.UTF-8")
    #expect(chinese.status == 1 && chinese.standardError.contains("\(path):2:12: error: 未知时区“Mars/Olympus”"))
    // Nothing was created for the state of a daemon that did not start.
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("state").path))
  }

  @Test("a state file that is not a database exits 1 naming the file")
  func corruptState() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let database = directory.appendingPathComponent("state.sqlite").path
    try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: database))
    let outcome = try run(["--demo", "--state-dir", directory.path])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains(database), "\(outcome.standardError)")
  }

  @Test(
    "a state database that opens but cannot be read when planning stops the start: exit 1, naming the file")
  func unreadableState() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-cli-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    // A first start makes the database; then a table the plan reads goes missing.
    let notify = try NotifySocket()
    defer { notify.close() }
    let first = try RepaydProcess(["--demo", "--state-dir", directory.path], environment: notify.environment)
    #expect(notify.receive(count: 2).contains("READY=1"), "\(first.standardError)")
    first.send(SIGTERM)
    #expect(first.waitForExit() == 0, "\(first.standardError)")
    let database = directory.appendingPathComponent("state.sqlite").path
    #expect(try ChildProcess.run("/usr/bin/sqlite3", [database, "DROP TABLE deliveries"]).status == 0)
    let second = try RepaydProcess(["--demo", "--state-dir", directory.path])
    #expect(second.waitForExit() == 1, "\(second.standardError)")
    // The last word is the store's error naming the file, not the service group's.
    #expect(
      second.standardError.contains("Error: the state database \(database) failed"), "\(second.standardError)"
    )
  }
}
