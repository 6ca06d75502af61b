import ControlInterface
import Foundation
import RepayConfig
import RepayControl
import RepayCore
import RepayDelivery
import RepayStore
import Synchronization
import Testing

@testable import RepayDaemon

/// The daemon's core over a real state database in a temporary folder, driven by events and
/// clock readings the test chooses: no daemon, no sleeps. The configuration it starts with, and
/// the one a reload reads (`configurationText`, which a test may change), is one loan in UTC due
/// 2026-12-10 at 09:00 with stages one day ahead, on the day, and one and three days after, and a
/// calendar feed.
final class DaemonCoreFixture {
  /// `OneLoanHousehold` in `zone` with its calendar feed at `feed`, and `extra` lines of the
  /// `[daemon]` table.
  static func household(zone: String = "UTC", feed: String, extra: String = "") -> String {
    OneLoanHousehold.text(zone: zone, daemon: "ics_feed = \"\(feed)\"" + (extra.isEmpty ? "" : "\n" + extra))
  }

  /// The temporary folder of the state database and the feed.
  let directory: String
  /// The state database.
  let store: StateStore
  /// The configuration file's text as a reload reads it.
  let configurationText: Shared<String>
  /// The core under test.
  var core: DaemonCore

  /// The path of the calendar feed in the household.
  var feedPath: String { directory + "/feed.ics" }

  /// A fresh state and the household in force; stages at or before `since` are history. Without
  /// `rereads`, the core has no file to read again, as for the demo; the state waits at most
  /// `busyTimeout` for another process's lock.
  init(since: String = "2026-12-01T00:00:00Z", rereads: Bool = true, busyTimeout: Duration = .seconds(5))
    throws
  {
    directory =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "repayd-core-\(UUID().uuidString)"
      ).path
    store = try StateStore(directory: directory, busyTimeout: busyTimeout)
    let text = Self.household(feed: directory + "/feed.ics")
    let texts = Shared(text)
    configurationText = texts
    let configuration = try #require(Self.read(text).configuration)
    let reread: (@Sendable () -> ConfigurationReport)? =
      rereads ? { @Sendable in DaemonCoreFixture.read(texts.value) } : nil
    core = DaemonCore(
      status: DaemonStatus(
        startedAt: Self.at(since), configuration: configuration, files: ["repayd.toml"], demo: false,
        loadedAt: Self.at(since), warnings: []),
      store: store, since: Self.at(since), localeLanguage: .english,
      reread: reread)
  }

  deinit {
    try? store.close()
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// The report of reading `text` as the file `repayd.toml`.
  static func read(_ text: String) -> ConfigurationReport {
    ConfigurationReader.read([("repayd.toml", Array(text.utf8))], environment: [:], language: .english)
  }

  /// Microseconds since 1970 at an RFC 3339 instant.
  static func at(_ text: String) -> Int64 {
    Int64(ISO8601DateFormatter().date(from: text)!.timeIntervalSince1970) * 1_000_000
  }

  /// A reading of the clock at `text`; the monotonic clock reads 42 s.
  static func reading(_ text: String) -> ClockReading {
    ClockReading(now: at(text), monotonic: 42_000_000)
  }

  /// The core's start at `text`, its actions described.
  func start(at text: String) -> [String] {
    core.start(at: Self.reading(text)).map(Self.describe)
  }

  /// `event` handled at `text`, its actions described.
  func handle(_ event: DaemonEvent, at text: String) -> [String] {
    actions(event, at: text).map(Self.describe)
  }

  /// `event` handled at `text`, its actions as they are; a `Reload` call is answered, as the
  /// runner answers it.
  func actions(_ event: DaemonEvent, at text: String) -> [DaemonAction] {
    let actions = core.handle(event, at: Self.reading(text))
    for case .answerReload(let reply, let outcome) in actions { reply(outcome) }
    return actions
  }

  /// What the delivery queue reports for `notices`: each arrived at `text` through `sinks`, with
  /// `failures`.
  static func outcomes(
    _ notices: [QueuedNotice], at text: String, sinks: [String] = ["journal"], failures: [SinkFailure] = []
  ) -> [DeliveryOutcome] {
    notices.map {
      DeliveryOutcome(key: $0.key, planned: $0.planned, delivered: at(text), sinks: sinks, failures: failures)
    }
  }

  /// The notices handed to the delivery queue by `actions`.
  static func delivered(_ actions: [DaemonAction]) -> [QueuedNotice] {
    actions.flatMap { action -> [QueuedNotice] in
      if case .deliver(let batch) = action { batch.notices } else { [] }
    }
  }

  /// One line for an action, for tests to compare whole sequences: its kind and what it is
  /// about (log lines whole).
  static func describe(_ action: DaemonAction) -> String {
    switch action {
    case .armTimer(let instant):
      instant.map { "arm \(InstantText.format(microseconds: $0))" } ?? "disarm"
    case .deliver(let batch):
      "deliver "
        + batch.notices.map { "\($0.key.subject.id) \($0.key.date) \($0.key.stage.rawValue)" }.joined(
          separator: ", ")
    case .finishDeliveries: "finish deliveries"
    case .notify(let notification):
      "notify " + (notification.message.split(separator: "\n").first.map(String.init) ?? "")
    case .publish(let event): "publish \(event.kind.rawValue)"
    case .takeDownStatus: "take down status"
    case .answerReload(_, let outcome):
      if case .success = outcome { "answer reload: success" } else { "answer reload: failure" }
    case .postDesktop(let notice): "desktop post \(notice.title)"
    case .withdrawDesktop(let loan): "desktop withdraw \(loan)"
    case .reconfigureSinks(let configuration, let language):
      "reconfigure sinks \(configuration.zone.identifier) \(language == .english ? "en" : "zh")"
    case .changeAccess(let allowed, let maximum): "access \(allowed.sorted()) \(maximum)"
    case .replaceFeed(let rewrite): "feed \(rewrite.reason) \(rewrite.events)"
    case .releaseFreedMemory: "release memory"
    case .log(let level, let line): "log \(level): \(line)"
    case .stop: "stop"
    case .fail: "fail"
    }
  }

  /// A control call as the control socket posts one that changes something: `body` answers it
  /// from the desk, `change` says what the answer changed; the reply, or the refusal, lands in
  /// `replies`.
  static func call<Reply: Sendable>(
    _ replies: Shared<[String]>,
    _ body: @escaping @Sendable (ControlDesk) throws(ControlError) -> Reply,
    change: @escaping @Sendable (ControlDesk, Reply) -> ControlChange?
  ) -> ControlCall {
    ControlCall(
      answer: { desk in
        do throws(ControlError) {
          let reply = try body(desk)
          replies.update { $0.append("reply") }
          return change(desk, reply)
        } catch {
          replies.update { $0.append("error \(error.name)") }
          return nil
        }
      },
      refuse: { replies.update { $0.append("refused") } })
  }
}

/// A value that the test and the closures it hands the core share, behind a lock.
final class Shared<Value: Sendable>: Sendable {
  private let lock: Mutex<Value>

  /// A box holding `value`.
  init(_ value: Value) { lock = Mutex(value) }

  /// The value now.
  var value: Value { lock.withLock { $0 } }

  /// Changes the value with `body`.
  func update(_ body: (inout Value) -> Void) { lock.withLock { body(&$0) } }
}
