import RepayConfig
import RepayCore
import RepayStore

@testable import RepayDaemon

extension ControlDesk {
  /// The desk of a daemon started at `startedAt` with `configuration` from `repayd.toml`, over
  /// `store`, answering at `now`, whose planner has no notice ahead and wakes at `wake` next.
  init(
    configuration: Configuration, store: StateStore, now: Int64, language: Language = .english,
    startedAt: Int64, wake: Int64 = .max
  ) {
    self.init(
      configuration: configuration, store: store, now: now, language: language,
      status: DaemonStatus(
        startedAt: startedAt, configuration: configuration, files: ["repayd.toml"], demo: false,
        loadedAt: startedAt, warnings: []),
      next: nil, wake: wake)
  }
}
