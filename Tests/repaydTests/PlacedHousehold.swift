import Foundation
import RepayConfig
import RepayCore
import RepayTestSupport
import Testing

/// The demo household written as an ordinary configuration file, placed at the moment it is
/// made, its first loan renamed for this test so that nothing else in the journal matches it:
/// that loan's advance, due and overdue notices are planned 10, 20 and 35 s after `start`.
/// A folder for the file and a state directory; `remove()` deletes both. Place it just before
/// starting repayd, after any fixture that may be slow to come up: notices planned before a first
/// start are not caught up.
struct PlacedHousehold {
  /// The zone the household is placed in, passed to repayd as `TZ`.
  static let zoneName = "Asia/Shanghai"

  /// The folder holding `repayd.toml`.
  let folder: String
  /// The configuration file.
  let configPath: String
  /// A state directory (not yet created).
  let stateDirectory: String
  /// The first loan's id, unique to this household.
  let loan: String
  /// When it was placed, Unix seconds.
  let start: Int64
  /// The planned instant of each of the first loan's first three notices, microseconds.
  let planned: [String: Int64]

  /// Writes the configuration of a household placed now.
  init() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-household-\(UUID().uuidString)")
    folder = base.path
    stateDirectory = base.appendingPathComponent("state").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    loan = "huabei-\(UInt32.random(in: 0...UInt32.max))"
    start = Int64(Date().timeIntervalSince1970)
    let zone = try SystemTimeZone.rules(for: Self.zoneName, environment: [:])
    configPath = folder + "/repayd.toml"
    let dueAt = (start + DemoHousehold.firstDueDelay) * 1_000_000
    planned = ["advance": dueAt - 10_000_000, "due": dueAt, "overdue": dueAt + 15_000_000]
    let text = DemoHousehold.configuration(at: start, zone: zone).replacing(
      "id = \"huabei\"", with: "id = \"\(loan)\"")
    try text.write(toFile: configPath, atomically: true, encoding: .utf8)
  }

  /// The household's configuration `text` with the demo's weilidai (5 days overdue at the
  /// start) paid through `date`, so that a first start does not announce it and a test hears of
  /// the loans it watches alone.
  static func weilidaiPaid(through date: LocalDate, in text: String) -> String {
    text.replacing("id = \"weilidai\"\n", with: "id = \"weilidai\"\npaid_through = \(date)\n")
  }

  /// `repayd` arguments for this household.
  var arguments: [String] { ["--config", configPath, "--state-dir", stateDirectory] }

  /// The journal match for this household's first loan.
  var match: String { "REPAY_LOAN=\(loan)" }

  /// Makes a private runtime directory in the folder (for `XDG_RUNTIME_DIR`) and returns it.
  func makeRuntimeDirectory() throws -> String {
    let runtime = folder + "/runtime"
    try FileManager.default.createDirectory(
      atPath: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    return runtime
  }

  /// Deletes the folder and the state.
  func remove() { try? FileManager.default.removeItem(atPath: folder) }

  /// Expects each of `entries` (this household's notices) at or after its planned instant,
  /// never early, and within a few seconds of it (a loose bound: the machine is shared).
  func expectOnTime(_ entries: [JournalEntry], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for entry in entries {
      let at = Int64(entry["__REALTIME_TIMESTAMP"]!)!
      let stage = entry["REPAY_STAGE"]!
      let instant = planned[stage]!
      #expect(at >= instant, "\(stage) was early by \(instant - at) µs", sourceLocation: sourceLocation)
      #expect(
        at < instant + 5_000_000, "\(stage) was late by \(at - instant) µs", sourceLocation: sourceLocation)
    }
  }
}
