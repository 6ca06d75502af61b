// The child process of the hook memory test: a process of its own, so that its peak resident
// memory is the hook sink's alone and not that of other tests running beside it.
//
//   hook-probe BYTES
//
// runs one overdue notice through a `HookNoticeSink` whose only hook is `head -c BYTES
// /dev/zero` (one line of BYTES bytes on standard output), waits until the hook has finished,
// and prints what the sink logged (each record but the captured output, as "LEVEL: MESSAGE"),
// then "grew N": the process's peak resident bytes (VmHWM) after the run less its resident
// bytes (VmRSS) before it. Exits 2 on a bad argument.

import Foundation
import Logging
import RepayCore
import RepayDelivery
import Synchronization

guard CommandLine.arguments.count == 2, let bytes = Int(CommandLine.arguments[1]), bytes >= 0 else {
  FileHandle.standardError.write(Data("usage: hook-probe BYTES\n".utf8))
  exit(2)
}

/// The named figure of /proc/self/status, in bytes.
func status(_ field: String) -> Int {
  let text = try! String(contentsOfFile: "/proc/self/status", encoding: .utf8)
  let line = text.split(separator: "\n").first { $0.hasPrefix(field + ":") }!
  return Int(line.filter(\.isNumber))! * 1_024
}

/// Keeps the sink's own records (not the hook's output lines) to print at the end.
struct RecordKeeper: LogHandler {
  let records: KeptRecords
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .trace

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    guard event.metadata?["stream"] == nil else { return }
    records.append("\(event.level): \(event.message)")
  }
}

/// The records, appended on the sink's queue and read once the sink is idle.
final class KeptRecords: Sendable {
  private let lines = Mutex<[String]>([])

  func append(_ line: String) { lines.withLock { $0.append(line) } }
  var all: [String] { lines.withLock { $0 } }
}

let records = KeptRecords()
let logger = Logger(label: "hook-probe") { _ in RecordKeeper(records: records) }
let hook = Hook(
  stages: [.overdue], arguments: ["/usr/bin/head", "-c", String(bytes), "/dev/zero"],
  timeout: try ReminderOffset(parsing: "60s"))
let sink = HookNoticeSink(
  hooks: [hook], maxConcurrent: 1, language: .english, environment: ["PATH": "/usr/bin:/bin"], logger: logger)
let notice = Notice(
  stage: .overdue, loan: "probe", occurrence: LocalDate(parsing: "2026-12-10"), outstanding: nil,
  daysOverdue: 3, reminder: nil, priority: 3, urgency: .critical, title: "probe", body: "probe",
  message: "probe")

let before = status("VmRSS")
sink.deliver([notice])
await sink.waitUntilIdle()
for line in records.all { print(line) }
print("grew \(status("VmHWM") - before)")
