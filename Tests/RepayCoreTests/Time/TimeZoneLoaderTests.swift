import RepayCore
import Testing

/// Loading zones by name through an injected reader.
struct TimeZoneLoaderTests {
  private struct ReadFailure: Error, CustomStringConvertible {
    var description: String { "disk on fire" }
  }

  @Test(
    "names are checked as systemd's timezone_is_valid checks them",
    arguments: [
      ("Europe/Berlin", true), ("America/Argentina/Buenos_Aires", true), ("Etc/GMT+5", true),
      ("Etc/GMT-14", true), ("UTC", true), ("EST5EDT", true), ("posix/Asia/Shanghai", true),
      ("", false), ("/etc/passwd", false), ("Europe/", false), ("Europe//Berlin", false),
      ("../etc/passwd", false), ("Europe/../../etc/shadow", false), ("Europe/Berlin ", false),
      ("Europe/Berlín", false), ("zone.tab", false), ("Europe\\Berlin", false), ("Europe/Berlin\0", false),
      (String(repeating: "a", count: 4_095), true), (String(repeating: "a", count: 4_096), false),
    ])
  func validIdentifiers(_ name: String, _ valid: Bool) {
    #expect(TimeZoneLoader.isValidIdentifier(name) == valid)
  }

  @Test("UTC needs no file; other names are read by name")
  func reading() throws {
    let unused = TimeZoneLoader { name in
      Issue.record("read \(name)")
      return []
    }
    #expect(try unused.rules(for: "UTC") == .utc)
    let loader = TimeZoneLoader { name in
      #expect(name == "Etc/UTC")
      return TZifTestData().bytes()
    }
    let rules = try loader.rules(for: "Etc/UTC")
    #expect(rules.identifier == "Etc/UTC")
    #expect(rules.offset(at: 0).abbreviation == "UTC")
  }

  @Test("invalid names are refused before anything is read")
  func invalidNames() {
    let loader = TimeZoneLoader { name in
      Issue.record("read \(name)")
      return []
    }
    for name in ["../../etc/passwd", "/etc/localtime", ""] {
      #expect(throws: TimeZoneError(identifier: name, reason: .invalidIdentifier)) {
        try loader.rules(for: name)
      }
    }
  }

  @Test("the reader's own zone errors pass through; other failures become unreadable")
  func readerErrors() {
    let unknown = TimeZoneLoader { name in throw TimeZoneError(identifier: name, reason: .unknownZone) }
    #expect(throws: TimeZoneError(identifier: "Mars/Olympus", reason: .unknownZone)) {
      try unknown.rules(for: "Mars/Olympus")
    }
    let failing = TimeZoneLoader { _ in throw ReadFailure() }
    #expect(throws: TimeZoneError(identifier: "Europe/Berlin", reason: .unreadable(detail: "disk on fire"))) {
      try failing.rules(for: "Europe/Berlin")
    }
    let garbage = TimeZoneLoader { _ in Array("not a zone".utf8) }
    #expect(throws: TimeZoneError(identifier: "Europe/Berlin", reason: .invalidTZif(.notTZif))) {
      try garbage.rules(for: "Europe/Berlin")
    }
  }
}
