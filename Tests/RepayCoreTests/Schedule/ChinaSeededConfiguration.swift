import Foundation
import RepayConfig
import RepayConfigTestSupport

/// A whole repayd.toml read with the repository's China 2026 holiday seed beside it as
/// `cn-2026.txt`, so that its `holidays = ["cn-2026.txt"]` names the real list.
enum ChinaSeededConfiguration {
  private static let seed = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds/holidays/cn-2026.txt")

  /// The report of `text`, read in a fixture removed afterwards.
  static func read(_ text: String) throws -> ConfigurationReport {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("cn-2026.txt", try String(contentsOf: seed, encoding: .utf8))
    try fixture.write("repayd.toml", text)
    return fixture.read("repayd.toml")
  }
}
