import ControlInterface
import Foundation
import RepayCore
import RepayTestSupport
import Testing

/// `repayctl dossier --bundle` with attached files: the real `repayctl` against a server whose
/// test handler answers `GetDossier` with files kept in a folder of the test's own (the daemon
/// keeps none until the communication log takes attachments). Each file is copied under its own
/// name or, for a name already taken, `-2` before its extension, and `sha256sum -c` accepts the
/// whole; a kept copy that is gone or no longer has its recorded digest is refused before
/// anything is written.
@Suite(.serialized)
struct DossierBundleTests {
  /// `repayctl`, built beside this test bundle.
  static let repayctl = URL(
    fileURLWithPath: try! FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  )
  .deletingLastPathComponent().appendingPathComponent("repayctl").path

  /// A folder of the test's own with three kept files, two of them named `receipt.png`.
  struct KeptFiles {
    let folder: String
    let attachments: [Control.Attachment]
    let contents: [[UInt8]]

    init() throws {
      folder =
        FileManager.default.temporaryDirectory.appendingPathComponent("repay-bundle-\(UUID().uuidString)")
        .path
      contents = [
        Array("first receipt\n".utf8), Array("second receipt, another day\n".utf8), [0, 1, 2, 255],
      ]
      let names = ["receipt.png", "receipt.png", "letter.pdf"]
      var attachments: [Control.Attachment] = []
      for (index, (name, bytes)) in zip(names, contents).enumerated() {
        let path = folder + "/kept/\(index)-\(name)"
        try FileManager.default.createDirectory(atPath: folder + "/kept", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        attachments.append(
          Control.Attachment(name: name, sha256: SHA256.hex(of: bytes), bytes: Int64(bytes.count), path: path)
        )
      }
      self.attachments = attachments
    }
  }

  /// Runs `repayctl dossier huabei --bundle folder` against `server`.
  static func bundle(_ folder: String, from server: RunningServer) async throws -> ChildProcess.Outcome {
    let address = "unix:" + server.address.path
    return try await offPool {
      try ChildProcess.run(
        repayctl, ["dossier", "huabei", "--bundle", folder],
        environment: ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LC_") }.merging([
          "LANG": "C.UTF-8", "REPAYD_ADDRESS": address, "TZ": "Asia/Shanghai",
        ]) { $1 })
    }
  }

  @Test("attached files copied under distinct names; sha256sum -c accepts all six files")
  func attachments() async throws {
    let kept = try KeptFiles()
    defer { try? FileManager.default.removeItem(atPath: kept.folder) }
    try await RunningServer.with { server in
      server.handler.keep(kept.attachments)
      let folder = kept.folder + "/bundle"
      let outcome = try await Self.bundle(folder, from: server)
      #expect(outcome.status == 0, "\(outcome.standardError)")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: folder + "/attachments").sorted()
          == ["letter.pdf", "receipt-2.png", "receipt.png"])
      for (name, bytes) in zip(["receipt.png", "receipt-2.png", "letter.pdf"], kept.contents) {
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/attachments/" + name))) == bytes)
      }
      let checked = try ChildProcess.run("/usr/bin/sha256sum", ["-c", "SHA256SUMS"], in: folder)
      #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
      #expect(checked.standardOutput.contains("attachments/receipt-2.png: OK"))
      #expect(
        checked.standardOutput.components(separatedBy: ": OK\n").count - 1 == 6, "\(checked.standardOutput)")
      let markdown = try String(contentsOfFile: folder + "/dossier.md", encoding: .utf8)
      #expect(markdown.contains(kept.attachments[1].sha256))
    }
  }

  @Test("a kept copy changed since its digest, or gone: exit 1 naming it, and no folder made")
  func refused() async throws {
    let kept = try KeptFiles()
    defer { try? FileManager.default.removeItem(atPath: kept.folder) }
    try await RunningServer.with { server in
      try Data("changed".utf8).write(to: URL(fileURLWithPath: kept.attachments[2].path!))
      server.handler.keep(kept.attachments)
      let changed = try await Self.bundle(kept.folder + "/changed", from: server)
      #expect(changed.status == 1 && changed.standardError.contains("letter.pdf"), "\(changed.standardError)")
      #expect(changed.standardError.contains("no longer has the SHA-256 recorded for it"))
      #expect(!FileManager.default.fileExists(atPath: kept.folder + "/changed"))

      try FileManager.default.removeItem(atPath: kept.attachments[0].path!)
      let gone = try await Self.bundle(kept.folder + "/gone", from: server)
      #expect(gone.status == 1 && gone.standardError.contains("does not exist"), "\(gone.standardError)")
      #expect(!FileManager.default.fileExists(atPath: kept.folder + "/gone"))
    }
  }
}
