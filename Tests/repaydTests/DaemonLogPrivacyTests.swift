import Foundation
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real repayd's own log at its default level (its diagnostics in the journal and on
/// standard error, not the notices it delivers) holds no note's text and no attachment's name
/// (docs/daemon.md, "Where notices go"): after notes with attachments, a refused note, a reload,
/// a backup, the notes and the dossier read, a notice delivered, and a stop.
@Suite(.serialized)
struct DaemonLogPrivacyTests {
  @Test("no note text, counterpart, reference or attachment name in repayd's own log")
  func noNoteTextInTheLog() throws {
    let secret = "SECRET\(UInt32.random(in: 0...UInt32.max))"
    try ServingDaemon.with { served in
      let household = served.household
      let repayctl = RepayctlRunner(address: served.address.description)
      let attachment = household.folder + "/\(secret)-attachment.txt"
      try "receipt\n".write(toFile: attachment, atomically: true, encoding: .utf8)
      let noted = try repayctl.run([
        "note", household.loan, "\(secret) note text", "--counterpart", "\(secret) counterpart", "--ref",
        "\(secret)-ref", "--attach", attachment,
      ])
      #expect(noted.status == 0, "\(noted.standardError)")
      // Refused: its error goes to the client only.
      let refused = try repayctl.run([
        "note", household.loan, "\(secret) refused", "--attach", household.folder + "/\(secret)-missing.txt",
      ])
      #expect(refused.status == 1 && refused.standardError.contains(secret), "\(refused.standardError)")
      #expect(try repayctl.run(["reload"]).status == 0)
      #expect(
        try repayctl.run([
          "backup", household.folder + "/backup.sqlite", "--state-dir", household.stateDirectory,
        ]).status == 0)
      #expect(try repayctl.run(["notes", household.loan]).standardOutput.contains(secret))
      #expect(try repayctl.run(["dossier", household.loan]).standardOutput.contains(secret))
      // A notice delivered: its log lines come and go with it.
      let advance = try served.journal.entries(
        matching: [household.match, "REPAY_STAGE=advance"], since: household.start - 1, count: 1)
      #expect(advance.count == 1, "\(served.daemon.standardError)")
      served.daemon.send(SIGTERM)
      #expect(served.daemon.waitForExit() == 0)

      let own = try served.journal.readAfterSync(
        matching: ["_PID=\(served.daemon.pid)"], since: household.start - 1
      ).filter { $0["REPAY_STAGE"] == nil }
      let messages = own.compactMap { $0["MESSAGE"] }
      // The log is there (its start, the reload, the delivery), and says nothing of the notes.
      #expect(messages.count >= 3, "\(messages)")
      for entry in own {
        for (name, values) in entry.fields {
          #expect(!values.contains { $0.contains(secret) }, "\(name): \(values)")
        }
      }
      #expect(!served.daemon.standardError.contains(secret), "\(served.daemon.standardError)")
    }
  }
}
