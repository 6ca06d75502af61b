import Foundation
import RepayTestSupport
import Testing

/// What `scripts/demo`, the README's first command, installs: what the build and the demo need,
/// never the tools only the tests use; `scripts/test` installs both.
struct DependencyListTests {
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The tools issue 20 names as the tests' alone: a desktop notification server, a headless X
  /// server, the CJK fonts, ImageMagick and the shells the completions are tried in.
  private static let testTools = ["dunst", "xvfb", "fonts-noto-cjk", "imagemagick", "zsh", "fish"]

  /// What `scripts/install-deps ARGUMENTS --list` says it would install, one package a line.
  private func packages(_ arguments: [String]) throws -> [String] {
    let outcome = try ChildProcess.run(
      Self.root.appendingPathComponent("scripts/install-deps").path, arguments + ["--list"])
    try #require(outcome.status == 0, "\(outcome.standardError)")
    return outcome.standardOutput.split(separator: "\n").map(String.init)
  }

  @Test("scripts/demo installs what the build needs and none of the tests' tools")
  func demoInstallsTheBuildsOnly() throws {
    let installed = try packages(installing("scripts/demo"))
    for package in ["git", "tzdata", "libsystemd-dev", "libsqlite3-dev"] {
      #expect(installed.contains(package), "\(package)")
    }
    for tool in Self.testTools { #expect(!installed.contains(tool), "\(tool)") }
    #expect(!installed.contains("chinese-calendar==1.11.0"))
  }

  @Test("scripts/test installs the build's packages and the tests' tools, the PyPI ones included")
  func testsInstallEverything() throws {
    let installed = try packages(installing("scripts/test"))
    for package in ["git", "libsystemd-dev", "libsqlite3-dev"] + Self.testTools + ["chinese-calendar==1.11.0"]
    {
      #expect(installed.contains(package), "\(package)")
    }
  }

  /// The arguments `script` gives install-deps, read from its own line that calls it.
  private func installing(_ script: String) throws -> [String] {
    let text = try String(contentsOf: Self.root.appendingPathComponent(script), encoding: .utf8)
    let call = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("scripts/install-deps") }, "\(script) installs nothing"
    )
    return call.split(separator: " ").dropFirst().map(String.init)
  }
}
