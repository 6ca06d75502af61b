import ControlInterface
import Foundation
import RepayControl
import RepayCore
import Testing

@testable import RepayDaemon

/// Attachments: copied into the state directory, owner-only, with the SHA-256 `sha256sum`
/// gives; a file that cannot be kept is refused and nothing of the note stays.
struct ControlDeskAttachmentsTests {
  @Test("the copy's SHA-256 is sha256sum's of the original; the copies are 0600 in a 0700 folder")
  func kept() throws {
    try withDesk { fixture in
      let original = fixture.directory.appendingPathComponent("收据.png")
      try Data((0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }).write(to: original)
      let reply = try fixture.desk().addNote(
        Control.AddNoteRequest(loan: "huabei", text: "receipt", attachments: [original.path]))
      let attachment = try #require(reply.note.attachments?.first)
      let expected = try sha256sum(original.path)
      #expect(attachment.name == "收据.png" && attachment.bytes == 200_003)
      #expect(attachment.sha256 == expected)
      let copy = try #require(attachment.path)
      #expect(copy == fixture.directory.appendingPathComponent("attachments/\(expected)").path)
      #expect(try sha256sum(copy) == expected)
      #expect(try fixture.desk().listNotes(Control.ListNotesRequest()).notes == [reply.note])
      #expect(permissions(fixture.directory.appendingPathComponent("attachments").path) == 0o700)
      for file in try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path)
      where file != "attachments" && !file.hasSuffix(".png") {
        #expect(permissions(fixture.directory.appendingPathComponent(file).path) == 0o600, "\(file)")
      }
      #expect(permissions(copy) == 0o600)
    }
  }

  @Test("missing, relative, a directory, a FIFO, too large, unreadable: refused, nothing recorded")
  func refused() throws {
    try withDesk { fixture in
      let folder = fixture.directory.appendingPathComponent("given")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let good = folder.appendingPathComponent("good.txt")
      try Data("good".utf8).write(to: good)
      let fifo = folder.appendingPathComponent("fifo").path
      #expect(mkfifo(fifo, 0o600) == 0)
      let large = folder.appendingPathComponent("large.bin").path
      #expect(FileManager.default.createFile(atPath: large, contents: nil))
      #expect(truncate(large, 50_000_001) == 0)
      var cases: [(String, ControlError.AttachmentFault)] = [
        (folder.appendingPathComponent("none.txt").path, .missing), ("good.txt", .missing),
        (folder.path, .notAFile), (fifo, .notAFile), (large, .tooLarge),
      ]
      // chmod 000 does not keep root out.
      if geteuid() != 0 {
        let locked = folder.appendingPathComponent("locked.txt").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: locked))
        #expect(chmod(locked, 0) == 0)
        cases.append((locked, .unreadable))
      }
      for (path, fault) in cases {
        // The good file first: its copy must not stay behind either.
        let request = Control.AddNoteRequest(loan: "huabei", text: "x", attachments: [good.path, path])
        #expect(
          controlError { () throws(ControlError) in try fixture.desk().addNote(request) }
            == .attachmentFailed(path: path, reason: fault, limit: 50_000_000))
        #expect(try fixture.store.notes().isEmpty)
        let kept = fixture.directory.appendingPathComponent("attachments").path
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: kept)) ?? []).isEmpty, "\(path)")
      }
    }
  }

  private func sha256sum(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return String(printed.prefix(64))
  }

  private func permissions(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
  }
}
