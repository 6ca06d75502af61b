import Foundation
import Logging
import RepayCore
import RepayDelivery

/// A temporary directory for one hook test: the scripts it writes (the hooks themselves, run by
/// `/bin/sh`), the files they leave, a home directory of their own, and a `HookNoticeSink` whose
/// log is recorded. Removed when the test is done with it.
final class HookFixture {
  /// The directory, without a trailing slash.
  let directory: String
  /// The records of the sink's log.
  let records: RecordingLogHandler.Records
  /// The logger the sink writes to.
  let logger: Logger
  /// The daemon environment the sinks are given: the four passed variables (`HOME` pointing
  /// into `directory`) and two that must not reach a hook.
  let environment: [String: String]
  let examples = NoticeExamples()

  init() throws {
    directory =
      FileManager.default.temporaryDirectory.appending(path: "repayd-hooks-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory + "/home", withIntermediateDirectories: true)
    (logger, records) = RecordingLogHandler.logger()
    environment = [
      "PATH": "/usr/bin:/bin", "HOME": directory + "/home", "LANG": "C.UTF-8",
      "XDG_RUNTIME_DIR": "/run/user/4242",
      "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nowhere", "REPAYD_SECRET": "not for hooks",
    ]
  }

  deinit {
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// Writes a `/bin/sh` script named `name` with `body` and returns the argument vector that runs
  /// it. `/bin/sh` reads the script rather than the kernel executing it: a test process that
  /// writes a file while other tests start processes cannot execute that file at once, since a
  /// child started in between may still hold the write descriptor (`ETXTBSY`).
  func script(_ name: String, _ body: String) throws -> [String] {
    let path = "\(directory)/\(name)"
    try body.write(toFile: path, atomically: true, encoding: .utf8)
    return ["/bin/sh", path]
  }

  /// A hook running `arguments` on `stages`, stopped after `timeout`.
  func hook(_ arguments: [String], on stages: Set<Stage> = [.overdue], timeout: String = "30s") -> Hook {
    Hook(stages: stages, arguments: arguments, timeout: try! ReminderOffset(parsing: timeout))
  }

  /// A sink running `hooks`, `maxConcurrent` at once, logging in English.
  func sink(_ hooks: [Hook], maxConcurrent: Int = 4) -> HookNoticeSink {
    HookNoticeSink(
      hooks: hooks, maxConcurrent: maxConcurrent, language: .english, environment: environment, logger: logger
    )
  }

  /// `notices` as one batch of the examples' writer, folding beyond `catchUpFold` for the sinks
  /// that take the configuration's fold.
  func batch(_ notices: [Notice], catchUpFold: Int) -> DeliveryBatch {
    DeliveryBatch(
      notices: notices.map {
        QueuedNotice(
          key: DeliveryKey(subject: .loan("huabei"), date: examples.due, stage: $0.stage, offsetSeconds: 0),
          planned: 0,
          notice: $0)
      }, writer: examples.writer, catchUpFold: catchUpFold)
  }

  /// The contents of the file `name` in the directory, nil when there is none.
  func file(_ name: String) -> String? {
    try? String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)
  }

  /// The lines the sink logged as a hook's output on `stream` (`stdout`, `stderr`), in order.
  func output(_ stream: String) -> [String] {
    records.all().filter { $0.metadata["stream"] == .string(stream) }.map(\.message)
  }

  /// The messages logged at `level` that are not a hook's output.
  func messages(at level: Logger.Level) -> [String] {
    records.all().filter { $0.level == level && $0.metadata["stream"] == nil }.map(\.message)
  }
}

/// Whether the process `pid` is still alive: it exists and is not a zombie (a reparented child
/// stays one until whoever adopted it reaps it).
func isAlive(_ pid: Int32) -> Bool {
  guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
    let afterName = stat.range(of: ") ", options: .backwards)
  else { return false }
  return !["Z", "X"].contains(stat[afterName.upperBound...].prefix(1))
}
