import ControlInterface
import Foundation
import PlainJSON
import PropertyBased
import RepayCore
import Testing

@testable import repayctl

/// The front's reading of `GetStatus`'s reply against Foundation's `JSONDecoder`, which the full
/// command set reads it with: the same record from the same text, and a refusal where it refuses.
@Suite struct StatusReplyReadingTests {
  /// What each reads from `text`: the record, or nil where it refuses.
  private static func bothReadings(_ text: String) throws -> (
    front: Control.GetStatusReply?, full: Control.GetStatusReply?
  ) {
    let value = try JSONReader.read(Array(text.utf8))
    return (
      StatusReplyReading.reply(value),
      try? JSONDecoder().decode(Control.GetStatusReply.self, from: Data(text.utf8))
    )
  }

  /// A status with each optional part present or not, drawn from `generator`.
  private static func randomStatus(_ generator: inout Xoshiro) -> Control.GetStatusReply {
    func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &generator)] }
    func text() -> String {
      pick(["", "a", "花呗", "京东白条 \u{1F4B8}", "quote \" and \\ and \n", "/tmp/x.toml"])
    }
    func diagnostics() -> [Control.Diagnostic] {
      (0..<Int.random(in: 0...3, using: &generator)).map { _ in
        Control.Diagnostic(
          file: text(), line: Int.random(in: 1...10_000, using: &generator),
          column: Int.random(in: 1...200, using: &generator),
          severity: pick(Control.Diagnostic.Severity.allCases),
          message: text())
      }
    }
    func amounts() -> [Control.Amount] {
      (0..<Int.random(in: 0...2, using: &generator)).map { _ in
        Control.Amount(
          amount: pick(["0.01", "1250.00", "99999999.99"]), currency: pick(["CNY", "USD", "JPY"]))
      }
    }
    func planMonth() -> Control.PlanMonthProgress? {
      Bool.random(using: &generator)
        ? Control.PlanMonthProgress(
          month: "2026-12", planned: "4800.00", paid: pick(["0.00", "4800.00"]),
          short: pick(["0.00", "4800.00"]),
          loans: (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            Control.PlanProgressLoan(loan: text(), planned: "1600.00", paid: pick(["0.00", "1600.00"]))
          })
        : nil
    }
    return Control.GetStatusReply(
      version: pick(["0.1.0", "1.2.3-rc.1"]), startedAt: "2026-11-29T20:00:00Z",
      uptimeSeconds: pick([0, 59, 86_400 * 400, Int.max]),
      configuration: Control.Configuration(
        files: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() },
        demo: Bool.random(using: &generator),
        timezone: pick(["Asia/Shanghai", "UTC", "Etc/GMT+6"]),
        loans: Int.random(in: 0...500, using: &generator),
        reminders: Int.random(in: 0...20, using: &generator), loadedAt: "2026-11-29T20:00:01.5Z",
        warnings: diagnostics(), missingFile: Bool.random(using: &generator) ? text() : nil),
      lastReload: Bool.random(using: &generator)
        ? Control.ReloadResult(
          at: "2026-11-29T21:00:00Z", succeeded: Bool.random(using: &generator), diagnostics: diagnostics())
        : nil,
      nextReminder: Bool.random(using: &generator)
        ? Control.NextReminder(
          at: "2026-12-01T01:00:00Z", stage: pick(Stage.allCases), loan: pick([nil, "jd", "花呗"]),
          occurrence: pick([nil, "2026-12-01"]), reminder: pick([nil, "rent"]))
        : nil,
      overdueCount: Int.random(in: 0...9, using: &generator),
      overdueTotal: amounts(),
      dueSoon: Bool.random(using: &generator)
        ? Control.DueSoon(days: 7, count: Int.random(in: 0...9, using: &generator), total: amounts()) : nil,
      plan: Bool.random(using: &generator)
        ? Control.PlanProgress(
          plan: Int.random(in: 1...99, using: &generator), adoptedAt: "2026-12-01T02:00:00Z", currency: "CNY",
          budget: "5000.00", strategy: pick(Control.PlanStrategy.allCases), thisMonth: planMonth(),
          lastMonth: planMonth())
        : nil,
      upgraded: pick([nil, true, false]))
  }

  @Test("1,000 random statuses, encoded as the daemon encodes them, read as the original")
  func readsWhatTheDaemonWrites() throws {
    var generator = Xoshiro(seed: (0x5EED, 0x9E37_79B9_7F4A_7C15, 7, 42))
    let encoder = JSONEncoder()
    for round in 0..<1_000 {
      let status = Self.randomStatus(&generator)
      encoder.outputFormatting = round.isMultiple(of: 2) ? [] : [.prettyPrinted, .sortedKeys]
      let text = String(decoding: try encoder.encode(status), as: UTF8.self)
      let (front, full) = try Self.bothReadings(text)
      #expect(front == status, "\(text)")
      #expect(full == status)
    }
  }

  /// A whole reply with `change` made to its text.
  private static let base = """
    {"version": "0.1.0", "started_at": "2026-11-29T20:00:00Z", "uptime_seconds": 5,
     "configuration": {"files": ["/a.toml"], "demo": false, "timezone": "UTC", "loans": 2, "reminders": 0,
       "loaded_at": "2026-11-29T20:00:00Z", "warnings": []},
     "next_reminder": {"at": "2026-12-01T01:00:00Z", "stage": "due", "loan": "jd"},
     "overdue_count": 1, "overdue_total": [{"amount": "300.00", "currency": "CNY"}]}
    """

  @Test(
    "a fault refused by both, and every edge read alike",
    arguments: [
      // Refused: a missing field, a mistyped one, null where a value is needed, an unknown name
      // of a closed set, a number that is not a whole Int.
      (#""version": "0.1.0", "#, ""), (#""uptime_seconds": 5"#, #""uptime_seconds": "5""#),
      (#""uptime_seconds": 5"#, #""uptime_seconds": 5.5"#),
      (#""uptime_seconds": 5"#, #""uptime_seconds": 1e100"#),
      (#""uptime_seconds": 5"#, #""uptime_seconds": null"#), (#""stage": "due""#, #""stage": "late""#),
      (#""demo": false"#, #""demo": 0"#), (#""files": ["/a.toml"]"#, #""files": "/a.toml""#),
      (#""files": ["/a.toml"]"#, #""files": [1]"#), (#""loan": "jd""#, #""loan": 7"#),
      (
        #""overdue_total": [{"amount": "300.00", "currency": "CNY"}]"#,
        #""overdue_total": [{"amount": "300.00"}]"#
      ),
      (
        #""warnings": []"#,
        #""warnings": [{"file": "a", "line": 1, "column": 1, "severity": "fatal", "message": "m"}]"#
      ),
      // Read alike: an integer with a fraction or exponent that is whole, an optional field
      // null or absent, a field given twice (the first counts), fields the record does not have.
      (#""uptime_seconds": 5"#, #""uptime_seconds": 5.0"#),
      (#""uptime_seconds": 5"#, #""uptime_seconds": 5e2"#),
      (#""loan": "jd""#, #""loan": null"#), (#", "loan": "jd""#, ""),
      (#""version": "0.1.0""#, #""version": "0.1.0", "version": "9""#),
      (#""demo": false"#, #""demo": false, "x": [1]"#),
      (#""next_reminder": {"at""#, #""last_reload": null, "next_reminder": {"at""#),
    ])
  func faultsAndEdges(_ change: (String, String)) throws {
    #expect(Self.base.contains(change.0))
    let text = Self.base.replacingOccurrences(of: change.0, with: change.1)
    let (front, full) = try Self.bothReadings(text)
    #expect(front == full, "\(text)")
  }

  @Test("the unchanged reply is read, so that the faults above are refused for their change")
  func theBaseIsRead() throws {
    let (front, full) = try Self.bothReadings(Self.base)
    #expect(front != nil && front == full)
  }
}
