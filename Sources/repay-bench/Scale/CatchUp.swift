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

  /// The notices the start's `delivering N notice(s)` line announces, 0 when its `planned:`
  /// line comes without one. Both come before `READY=1`, so among the log's first lines, before
  /// the notices themselves, which go to the same log when no journald runs (gigabytes at
  /// 1,000,000 loans: only the head is read). Throws when the log has neither: repayd then logs
  /// to a journald, and the catch-up cannot be read here.
  private static func announced(inLog log: String) throws -> Int {
    guard let file = FileHandle(forReadingAtPath: log) else { throw ValidationFailure("cannot read \(log)") }
    defer { try? file.close() }
    let lines = String(decoding: try file.read(upToCount: 65_536) ?? Data(), as: UTF8.self).split(
      separator: "\n")
    let delivering = "repayd: info: delivering "
    if let line = lines.first(where: { $0.hasPrefix(delivering) }) {
      return Int(line.dropFirst(delivering.count).prefix { $0.isNumber }) ?? 0
    }
    guard lines.contains(where: { $0.hasPrefix("repayd: info: planned: ") }) else {
      throw ValidationFailure(
        "\(log) has no start-up lines: repayd logs to a journald (stop it, or run where none runs)")
    }
    return 0
  }
}
