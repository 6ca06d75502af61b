import Foundation
import RepayTestSupport
import Testing

/// `repayctl schedule --json` on random configurations, against `Tests/oracles/
/// schedule_reference.py`: an implementation of the schedule semantics written apart from the
/// Swift code, in Python over the same system tz database. Each seed is one configuration from
/// `Tests/oracles/schedule_config_generator.py`, leaning towards DST gaps and overlaps, short
/// months, holidays and quiet hours.
@Suite struct ScheduleOracleTests {
  /// How many random configurations are checked; each costs two Python runs and one repayctl run.
  static let seedCount = 200

  private static let oracles = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // repayctlTests
    .deletingLastPathComponent()  // Tests
    .appendingPathComponent("oracles")

  /// The system's Python: the reference needs the standard library only, and its zoneinfo
  /// reads /usr/share/zoneinfo, the database repayctl reads too.
  private static let python = "/usr/bin/python3"

  @Test(
    "repayctl schedule --json agrees with the reference on a random configuration", arguments: 1...seedCount)
  func agreesWithReference(seed: Int) throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.python), "no \(Self.python)")
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("repayd-schedule-oracle-\(seed)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let line = try Self.runOracle(
      "schedule_config_generator.py", ["--seed", "\(seed)", "--out", folder.path])
    let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
    try #require(fields.count == 3, "seed \(seed): the generator printed '\(line)', not 'FROM DAYS ZONE'")
    let (from, days, zone) = (fields[0], fields[1], fields[2])
    let config = folder.appendingPathComponent("repayd.toml").path
    let configText = try String(contentsOfFile: config, encoding: .utf8)
    let context = "seed \(seed), --from \(from) --days \(days), TZ=\(zone); configuration:\n\(configText)"

    let reference = try Self.runOracle(
      "schedule_reference.py", [config, "--from", from, "--days", days, "--zone", zone])
    let outcome = try RepayctlProcess.run(
      ["schedule", "--config", config, "--from", from, "--days", days, "--json"], environment: ["TZ": zone])
    try #require(
      outcome.status == 0, "repayctl exited \(outcome.status): \(outcome.standardError)\n\(context)")
    let expected = try JSONSerialization.jsonObject(with: Data(reference.utf8))
    let actual = try #require(
      try? JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)),
      "repayctl printed no JSON: \(outcome.standardOutput)\n\(context)")
    let difference = Self.firstDifference(expected: expected, actual: actual)
    #expect(difference == nil, "\(difference ?? "")\n\(context)")
  }

  @Test("the reference passes its own hand-checked cases (DST edges, clamping, business days, quiet hours)")
  func referenceSelfTest() throws {
    let outcome = try ChildProcess.run(
      Self.python, [Self.oracles.appendingPathComponent("schedule_reference_selftest.py").path])
    #expect(outcome.status == 0, "\(outcome.standardError)")
  }

  @Test("a mismatch is reported as the first differing element and the value inside it")
  func differenceReport() throws {
    func parse(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
    let reference = try parse(
      #"{"days": 730, "occurrences": [{"loan": "a", "reminders": [{"at": "X"}, {"at": "Y"}]}], "reminders": []}"#
    )
    let same = try parse(
      #"{"reminders": [], "occurrences": [{"reminders": [{"at": "X"}, {"at": "Y"}], "loan": "a"}], "days": 730}"#
    )
    let other = try parse(
      #"{"days": 730, "occurrences": [{"loan": "a", "reminders": [{"at": "X"}, {"at": "Z"}]}], "reminders": []}"#
    )
    let withoutOccurrences = try parse(#"{"days": 730, "occurrences": [], "reminders": [{"id": "r"}]}"#)
    #expect(Self.firstDifference(expected: reference, actual: same) == nil)
    let report = try #require(Self.firstDifference(expected: reference, actual: other))
    #expect(
      report.hasPrefix(#"first difference at occurrences[0].reminders[1].at: reference "Y", repayctl "Z""#))
    let missing = try #require(Self.firstDifference(expected: reference, actual: withoutOccurrences))
    #expect(missing.contains("occurrences[0] of repayctl:      absent"))
  }

  /// Runs `Tests/oracles/SCRIPT ARGUMENTS` and returns its standard output; a failure of the
  /// script is a failure of the test, with its standard error.
  private static func runOracle(_ script: String, _ arguments: [String]) throws -> String {
    let outcome = try ChildProcess.run(python, [oracles.appendingPathComponent(script).path] + arguments)
    try #require(
      outcome.status == 0, "\(script) \(arguments.joined(separator: " ")): \(outcome.standardError)")
    return outcome.standardOutput
  }

  /// Where `actual` first departs from `expected`, or nil when they are equal as parsed JSON.
  /// For the occurrence and reminder lists it names the first differing element, shows that
  /// element from both sides, and the path to the first value that differs inside it.
  static func firstDifference(expected: Any, actual: Any) -> String? {
    guard let expected = expected as? [String: Any], let actual = actual as? [String: Any] else {
      return firstLeafDifference(expected, actual, at: "")
    }
    for key in Set(expected.keys).union(actual.keys).sorted() {
      guard let expectedList = expected[key] as? [Any], let actualList = actual[key] as? [Any] else {
        if let difference = firstLeafDifference(expected[key], actual[key], at: key) { return difference }
        continue
      }
      for index in 0..<max(expectedList.count, actualList.count) {
        let one = index < expectedList.count ? expectedList[index] : nil
        let other = index < actualList.count ? actualList[index] : nil
        guard let inside = firstLeafDifference(one, other, at: "\(key)[\(index)]") else { continue }
        return """
          first difference at \(inside)
          \(key)[\(index)] of the reference: \(canonical(one))
          \(key)[\(index)] of repayctl:      \(canonical(other))
          (\(key): \(expectedList.count) in the reference, \(actualList.count) from repayctl)
          """
      }
    }
    return nil
  }

  /// The path and both values of the first difference between two JSON values, depth first,
  /// dictionary keys in sorted order; nil when they are equal. A missing value is nil.
  private static func firstLeafDifference(_ expected: Any?, _ actual: Any?, at path: String) -> String? {
    switch (expected, actual) {
    case (let one as [String: Any], let other as [String: Any]):
      for key in Set(one.keys).union(other.keys).sorted() {
        if let difference = firstLeafDifference(one[key], other[key], at: "\(path).\(key)") {
          return difference
        }
      }
      return nil
    case (let one as [Any], let other as [Any]):
      for index in 0..<max(one.count, other.count) {
        let difference = firstLeafDifference(
          index < one.count ? one[index] : nil, index < other.count ? other[index] : nil,
          at: "\(path)[\(index)]")
        if let difference { return difference }
      }
      return nil
    default:
      let (one, other) = (canonical(expected), canonical(actual))
      return one == other ? nil : "\(path): reference \(one), repayctl \(other)"
    }
  }

  /// A JSON value as compact text with sorted keys, `absent` for a missing one.
  private static func canonical(_ value: Any?) -> String {
    guard let value else { return "absent" }
    let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
    return data.map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
  }
}
