import ControlInterface
import Foundation
import RepayCore
import RepayTestSupport
import Testing

/// Text that others wrote stays text in the files repayctl writes for people: markup, escape
/// sequences, other controls, a right-to-left override, NUL and a note near the control socket's
/// message limit, in a loan's name, platform and contact, in a note, its counterpart and an
/// attachment's name. The dossier's HTML read back by Python's html.parser holds no element or
/// attribute that came from them, and all of their text; the iCalendar export read back by
/// Python's icalendar holds them escaped (RFC 5545 3.3.11), folded at 75 octets, with no control
/// character that TEXT forbids (each shown by its picture, docs/repayctl.md, "The calendar export").
@Suite(.serialized)
struct HostileDocumentsTests {
  /// Markup, a window-title sequence, a screen clear, BEL, NUL, DEL, a C1 control and a
  /// right-to-left override, as TOML escapes write them.
  private static let hostileTOML =
    #"<b>bold</b> <a href=\"https://evil.invalid/\">link</a> &amp; \u001b]0;pwned\u0007\u001b[2J\u0000\u007f\u009b\u202Eolleh"#
  /// The same text as Swift holds it.
  private static let hostile =
    "<b>bold</b> <a href=\"https://evil.invalid/\">link</a> &amp; \u{1B}]0;pwned\u{07}\u{1B}[2J\u{00}\u{7F}\u{9B}\u{202E}olleh"
  /// The same without its NUL.
  private static let withoutNUL = hostile.replacingOccurrences(of: "\u{00}", with: "")
  /// The same with each control that RFC 5545 forbids in TEXT shown by its picture.
  private static let pictured =
    "<b>bold</b> <a href=\"https://evil.invalid/\">link</a> &amp; ␛]0;pwned␇␛[2J␀␡\u{9B}\u{202E}olleh"

  private static func household(today: LocalDate) -> String {
    HostileHousehold.configuration(
      today: today, text: hostileTOML,
      extra:
        "[[reminder]]\nid = \"hostile\"\ncalendar = \"*-*-01 10:00\"\nmessage = \"Remind \(hostileTOML)\"\n")
  }

  @Test("the dossier's HTML: no element or attribute from the data, all of its text, escaped")
  func dossierHTML() throws {
    let daemon = try LiveDaemon(household: Self.household(today: try LiveDaemon.rules().localDate(at: now)))
    defer { daemon.stop() }
    // A file name holds anything but '/' and NUL.
    let attachment = daemon.folder + "/<img src=x onerror=alert(1)>&amp;\u{1B}[2J\u{202E}.txt"
    try "receipt\n".write(toFile: attachment, atomically: true, encoding: .utf8)
    // Through the socket, since an argument cannot hold NUL; but without NUL, which the daemon
    // refuses (below).
    let noted = try Self.addNote(
      at: daemon.address,
      [
        "loan": "evil", "text": "said \(Self.withoutNUL)", "counterpart": "agent \(Self.withoutNUL)",
        "attachments": [attachment],
      ])
    #expect(noted.contains("\"id\":"), "\(noted)")
    // SQLite keeps a text only up to a NUL: a note with one is refused, not kept cut short.
    for field in ["text", "counterpart", "ref"] {
      let parameters = ["loan": "evil", "text": "cut here"].merging([field: "cut \(Self.hostile) here"]) {
        $1
      }
      let withNUL = try Self.addNote(at: daemon.address, parameters)
      #expect(
        withNUL.contains("\"error\":\"io.repayd.Control.InvalidParameter\"")
          && withNUL.contains("\"parameter\":\"\(field)\"") && withNUL.contains("\"reason\":\"format\""),
        "\(withNUL)")
    }
    // The longest note a call can carry: the request's other bytes and the text fill the
    // server's message limit (1 MiB) but for a few bytes.
    // (No '/': JSONSerialization writes it "\\/".)
    let long = String(repeating: "<i>&lt;&gt; ", count: (1 << 20 - 200) / 12)
    let reply = try Self.addNote(at: daemon.address, ["loan": "evil", "text": long])
    #expect(reply.contains("\"id\":"), "\(reply.prefix(300))")

    let file = daemon.folder + "/dossier.html"
    let written = try daemon.repayctl(["dossier", "evil", "--format", "html", "-o", file])
    #expect(written.status == 0, "\(written.standardError)")
    let read = try ChildProcess.run("/usr/bin/python3", [Self.oracle, file])
    try #require(read.status == 0, "\(read.standardError)")
    let structure = try #require(
      try JSONSerialization.jsonObject(with: Data(read.standardOutput.utf8)) as? [String: Any])
    let elements = try #require(structure["elements"] as? [String])
    for foreign in ["b", "a", "i", "img", "script"] { #expect(!elements.contains(foreign), "\(foreign)") }
    let attributes = try #require(structure["attributes"] as? [[Any]])
    for attribute in attributes {
      let text = attribute.map { "\($0)" }.joined(separator: " ")
      #expect(!text.contains("evil") && !text.contains("onerror") && !text.contains("src"), "\(attribute)")
    }
    let text = try #require(structure["text"] as? String)
    for sought in [
      "Evil " + Self.hostile, "Plat " + Self.hostile, "said " + Self.withoutNUL, "agent " + Self.withoutNUL,
      "<img src=x onerror=alert(1)>&amp;\u{1B}[2J\u{202E}.txt", long,
    ] {
      #expect(text.contains(sought), "\(sought.prefix(80).debugDescription)")
    }
    #expect(!text.contains("cut here") && !text.contains("cut \(Self.hostile.prefix { $0 != "\u{00}" })"))
  }

  @Test(
    "the iCalendar export: escaped, folded at 75 octets, controls shown by their pictures, read back whole")
  func iCalendarExport() throws {
    try #require(ICSOracle.isInstalled, "no \(ICSOracle.python): run scripts/install-deps")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "hostile-ics-\(UUID().uuidString)"
    )
    .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let today = try LiveDaemon.rules().localDate(at: now)
    let config = folder + "/repayd.toml"
    try Self.household(today: today).write(toFile: config, atomically: true, encoding: .utf8)
    let ics = folder + "/export.ics"
    let outcome = try RepayctlProcess.run(
      ["export-ics", "--config", config, "--from", "\(today)", "--days", "40", "-o", ics],
      environment: ["TZ": LiveDaemon.zone])
    try #require(outcome.status == 0, "\(outcome.standardError)")

    let bytes = try #require(FileManager.default.contents(atPath: ics))
    // Lines end in CRLF; no other control character but the tab that TEXT allows.
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    for line in lines {
      #expect(line.last == 0x0D)
      #expect(!line.dropLast().contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }, "\(Array(line))")
    }
    let reading = try ICSOracle.read(ics: ics, from: "\(today)", days: 40)
    #expect(reading.longLines.isEmpty && reading.bareLineBreaks == 0 && reading.endsInCrlf)
    let event = try #require(reading.events.first { $0.uid.hasPrefix("evil-") })
    #expect(event.summary.hasPrefix("Evil " + Self.pictured), "\(event.summary.debugDescription)")
    #expect(event.description.contains("Plat " + Self.pictured), "\(event.description.debugDescription)")
    #expect(event.description.contains("1" + Self.pictured), "\(event.description.debugDescription)")
    let reminder = try #require(reading.timed.first { $0.uid.hasPrefix("reminder-hostile-") })
    #expect(reminder.summary.contains("Remind " + Self.pictured), "\(reminder.summary.debugDescription)")
  }

  /// Now, Unix seconds.
  private var now: Int64 { Int64(Date().timeIntervalSince1970) }

  /// `Tests/oracles/html_structure.py`.
  private static let oracle = ICSOracle.root.appendingPathComponent("Tests/oracles/html_structure.py").path

  /// The reply to `AddNote` with `parameters`, sent as one Varlink message on the daemon's
  /// socket at `address` (`unix:PATH`): an argument of repayctl can neither hold NUL nor be
  /// this long.
  private static func addNote(at address: String, _ parameters: [String: Any]) throws -> String {
    let socket = try VarlinkSocket(connectingTo: ControlAddress(path: String(address.dropFirst(5))))
    let call = try JSONSerialization.data(
      withJSONObject: ["method": "io.repayd.Control.AddNote", "parameters": parameters])
    try socket.send(Array(call) + [0])
    return String(decoding: try socket.receive(deadline: .now + .seconds(60)), as: UTF8.self)
  }
}
