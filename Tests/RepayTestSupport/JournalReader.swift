import Foundation

/// Reads entries back from the real journal with `journalctl -o json`, selected by one field that
/// is unique to the test (a random `REPAY_TEST_RUN` value, or `_PID`), so that entries of other
/// tests and earlier runs never match.
///
/// journald takes datagrams off its socket asynchronously, so an entry just sent may not be in
/// the journal file yet: `entries(where:is:count:timeout:)` asks journald to write out what it
/// has (`journalctl --sync`) and then reads again until `count` entries are there or the deadline
/// passes.
public struct JournalReader: Sendable {
  /// The `journalctl` binary of Debian's systemd package.
  public static let journalctl = "/usr/bin/journalctl"

  /// What runs `journalctl`: nothing (the test's own namespace), or the start of a
  /// `MountNamespace`'s `command`, for a journald of the test's own.
  private let launcher: [String]

  /// Made by `JournaldFixture.withJournald`; usable on its own while a journald runs. With
  /// `launcher`, `journalctl` runs through it (`NamespacedJournald`).
  public init(launcher: [String] = []) {
    self.launcher = launcher
  }

  /// Runs `journalctl ARGUMENTS` through the launcher.
  private func journalctl(_ arguments: [String]) throws -> ChildProcess.Outcome {
    let full = launcher + [Self.journalctl] + arguments
    return try ChildProcess.run(full[0], Array(full.dropFirst()))
  }

  /// The entries whose field `name` is `value`, oldest first, once at least `count` are in the
  /// journal or `timeout` has passed (then fewer: the test's expectation then fails with them).
  public func entries(
    where name: String, is value: String, count: Int, timeout: Duration = .seconds(60)
  ) throws -> [JournalEntry] {
    try entries(matching: ["\(name)=\(value)"], count: count, timeout: timeout)
  }

  /// The entries that match every one of `matches` (`NAME=value`, journalctl's matches: terms
  /// of different fields must all hold) and were written at or after `since` (Unix seconds),
  /// oldest first, once at least `count` are in the journal or `timeout` has passed (then fewer).
  public func entries(
    matching matches: [String], since: Int64? = nil, count: Int, timeout: Duration = .seconds(60)
  ) throws -> [JournalEntry] {
    let deadline = ContinuousClock.now + timeout
    while true {
      _ = try? journalctl(["--sync"])
      let found = try read(matching: matches, since: since)
      if found.count >= count || ContinuousClock.now >= deadline { return found }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  /// The entries matching every one of `matches` and written at or after `since`, oldest first,
  /// once journald has written out every entry it was sent before this call (`journalctl
  /// --sync`): after a process has ended, all of its entries.
  public func readAfterSync(matching matches: [String], since: Int64?) throws -> [JournalEntry] {
    let synced = try journalctl(["--sync"])
    guard synced.status == 0 else {
      throw JournaldFixtureError(
        description: "journalctl --sync exited \(synced.status): \(synced.standardError)")
    }
    return try read(matching: matches, since: since)
  }

  /// One reading of the entries whose field `name` is `value`, oldest first.
  public func read(where name: String, is value: String) throws -> [JournalEntry] {
    try read(matching: ["\(name)=\(value)"], since: nil)
  }

  /// One reading of the entries matching every one of `matches`, written at or after `since`.
  public func read(matching matches: [String], since: Int64?) throws -> [JournalEntry] {
    let outcome = try journalctl(
      ["--output=json", "--all", "--no-pager", "--quiet"] + (since.map { ["--since=@\($0)"] } ?? []) + matches
    )
    guard outcome.status == 0 else {
      throw JournaldFixtureError(description: "journalctl exited \(outcome.status): \(outcome.standardError)")
    }
    return try outcome.standardOutput.split(separator: "\n").map { line in
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw JournaldFixtureError(description: "journalctl printed a line that is not an object: \(line)")
      }
      return JournalEntry(json: object)
    }
  }
}

/// One journal entry as `journalctl -o json` prints it: every field with all its values.
public struct JournalEntry: Sendable {
  /// Each field's values, in the order journalctl lists them (most fields have one).
  public var fields: [String: [String]]

  /// The value of `name` when the entry has exactly one; nil when it has none or several.
  public subscript(_ name: String) -> String? {
    guard let values = fields[name], values.count == 1 else { return nil }
    return values[0]
  }

  /// Decodes journalctl's JSON: a value is a string, or an array of byte numbers (a value that is
  /// not printable text), or an array of either (a field given more than once).
  init(json: [String: Any]) {
    fields = json.mapValues { value in
      if let text = value as? String { return [text] }
      if let bytes = Self.bytes(value) { return [String(decoding: bytes, as: UTF8.self)] }
      guard let values = value as? [Any] else { return ["\(value)"] }
      return values.map {
        ($0 as? String) ?? Self.bytes($0).map { String(decoding: $0, as: UTF8.self) } ?? "\($0)"
      }
    }
  }

  private static func bytes(_ value: Any) -> [UInt8]? {
    guard let numbers = value as? [NSNumber] else { return nil }
    return numbers.map(\.uint8Value)
  }
}
