import Foundation
import RepayStore

/// The first start's catch-up of a repayd the scale benchmark left running. A fresh state still
/// gets the notice of the current stage of every unpaid instalment already due (the design
/// brief: a first start is not silent about what is overdue), and the generated household has
/// about 4.5 of those a loan: after `READY=1` the daemon delivers them and records them, 423,000
/// at 100,000 loans, for seconds (at 1,000,000 loans for minutes). It is idle only after that,
/// so the idle readings wait for it.
enum CatchUp {
  /// Waits until the repayd logging to `log` (in English) has recorded, in the state folder
  /// `stateDirectory`, as many deliveries as its start said it was delivering; returns how many
  /// and how long the wait took. Throws when that does not happen within `timeoutSeconds`.
  static func awaitRecorded(log: String, stateDirectory: String, timeoutSeconds: Int) throws
    -> (notices: Int, seconds: Double)
  {
    let start = Date()
    let announced = try Self.announced(inLog: log)
    let store = try StateStore(directory: stateDirectory)
    defer { try? store.close() }
    while Date().timeIntervalSince(start) < Double(timeoutSeconds) {
      if try store.deliveryCount() >= announced { return (announced, Date().timeIntervalSince(start)) }
      usleep(250_000)
    }
    throw ValidationFailure(
      "\(log): \(announced) notices announced at the start, not all recorded within \(timeoutSeconds) s")
  }

  /// The notices the start's `delivering N notice(s)` line announces (0 without one): it comes
  /// before `READY=1`, so among the log's first lines, before the notices themselves, which go
  /// to the same log when no journald runs (gigabytes at 1,000,000 loans: only the head is read).
  private static func announced(inLog log: String) throws -> Int {
    guard let file = FileHandle(forReadingAtPath: log) else { throw ValidationFailure("cannot read \(log)") }
    defer { try? file.close() }
    let head = String(decoding: try file.read(upToCount: 65_536) ?? Data(), as: UTF8.self)
    let prefix = "repayd: info: delivering "
    guard let line = head.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return 0 }
    return Int(line.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
  }
}
