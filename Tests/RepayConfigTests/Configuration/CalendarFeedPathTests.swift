import Foundation
import RepayConfig
import RepayConfigTestSupport
import RepayCore
import Testing

/// `[daemon] ics_feed`: off by default; an absolute path as it is; a relative one under
/// `$XDG_DATA_HOME/repayd/`, else `$HOME/.local/share/repayd/`; an error at its value when
/// neither is an absolute path.
@Suite struct CalendarFeedPathTests {
  /// The feed path a configuration with `daemon` as its `[daemon]` line gives under `environment`,
  /// and the diagnostics.
  private func read(_ daemon: String, environment: [String: String]) throws -> (String?, [String]) {
    let fixture = try ConfigurationFixture()
    defer { fixture.remove() }
    try fixture.write("repayd.toml", "[daemon]\ntimezone = \"Asia/Shanghai\"\n\(daemon)\n")
    let report = ConfigurationReader.read(
      configPath: fixture.path("repayd.toml"), environment: environment, language: .english)
    return (
      report.configuration?.icsFeed,
      report.diagnostics.map {
        $0.description.replacingOccurrences(of: fixture.path("repayd.toml"), with: "F")
      }
    )
  }

  @Test("off by default; absolute as it is; relative under XDG_DATA_HOME, else HOME")
  func resolution() throws {
    #expect(try read("", environment: ["HOME": "/home/li"]).0 == nil)
    #expect(try read(#"ics_feed = "/srv/www/repayd.ics""#, environment: [:]).0 == "/srv/www/repayd.ics")
    #expect(
      try read(#"ics_feed = "feed/repayd.ics""#, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/li"])
        .0
        == "/data/repayd/feed/repayd.ics")
    // A relative XDG_DATA_HOME is ignored, as the XDG specification says.
    #expect(
      try read(#"ics_feed = "repayd.ics""#, environment: ["XDG_DATA_HOME": "data", "HOME": "/home/li"]).0
        == "/home/li/.local/share/repayd/repayd.ics")
  }

  @Test("a relative feed without an absolute XDG_DATA_HOME or HOME is an error at the value")
  func noHome() throws {
    let (path, diagnostics) = try read(#"ics_feed = "repayd.ics""#, environment: [:])
    #expect(path == nil)
    #expect(
      diagnostics == [
        "F:3:12: error: cannot place \"repayd.ics\": neither XDG_DATA_HOME nor HOME is an absolute path; "
          + "give 'ics_feed' an absolute path"
      ])
  }
}
