import Foundation
import RepayConfig
import RepayCore
import RepayDaemon
import RepayStore
import Testing

/// A configuration read from TOML text and a fresh state database in a temporary directory, for
/// the planner's tests; `remove()` closes the store and deletes the directory.
struct PlannerState {
  let configuration: Configuration
  let store: StateStore
  let directory: URL

  /// `text` read as `repayd.toml`, which must be valid, and a new store.
  init(_ text: String) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-planner-\(UUID().uuidString)")
    let report = ConfigurationReader.read(
      [("repayd.toml", Array(text.utf8))], environment: [:], language: .english)
    configuration = try #require(report.configuration, "\(report.diagnostics)")
    store = try StateStore(directory: directory.path)
  }

  /// A planner in English over this state whose first start was at `since`.
  func planner(since: Int64) -> ReminderPlanner {
    ReminderPlanner(
      configuration: configuration, store: store, writer: NoticeWriter(language: .english), since: since)
  }

  /// Closes the store and removes the directory.
  func remove() {
    try? store.close()
    try? FileManager.default.removeItem(at: directory)
  }
}
