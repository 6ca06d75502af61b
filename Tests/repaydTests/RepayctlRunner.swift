import Foundation
import RepayTestSupport
import Testing

/// The real repayctl, beside the real repayd, run against the daemon at `address` with the test's
/// environment (its locale replaced) plus `environment`.
struct RepayctlRunner {
  /// The daemon's socket, `unix:PATH`.
  let address: String
  /// Variables set besides `LANG` and `REPAYD_ADDRESS`.
  var environment: [String: String] = [:]

  /// The binary.
  static let path = URL(fileURLWithPath: RepaydProcess.executable).deletingLastPathComponent()
    .appendingPathComponent("repayctl").path

  /// Runs `repayctl ARGUMENTS` under `LANG=lang`.
  func run(_ arguments: [String], lang: String = "C.UTF-8") throws -> ChildProcess.Outcome {
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }
    environment["LANG"] = lang
    environment["REPAYD_ADDRESS"] = address
    environment.merge(self.environment) { _, own in own }
    return try ChildProcess.run(Self.path, arguments, environment: environment)
  }

  /// The JSON object a successful `repayctl … --json` printed.
  func json(_ arguments: [String]) throws -> [String: Any] {
    let outcome = try run(arguments + ["--json"])
    try #require(outcome.status == 0, "repayctl \(arguments): \(outcome.standardError)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any],
      "\(outcome.standardOutput)")
  }
}
